import * as en from '../../assets/public/_locales/en/messages.json';
import * as ru from '../../assets/public/_locales/ru/messages.json';
import { fillIn } from './fill-in';
import type { Locale } from '../domain/locale';
import type { MessageKey, Translate } from './messages';

/**
 * The few texts the content script's first stage shows (the chip, the badges, the
 * invitation to teach), read one by one from the locale files so that the bundler
 * leaves every other text out of it: the whole of both files would be most of the
 * first stage.
 */
const texts = {
  en: {
    extName: en.extName.message,
    overlayLabel: en.overlayLabel.message,
    overlayConnecting: en.overlayConnecting.message,
    overlayConnected: en.overlayConnected.message,
    overlayOffline: en.overlayOffline.message,
    overlayExpand: en.overlayExpand.message,
    overlayCollapse: en.overlayCollapse.message,
    overlayProfile: en.overlayProfile.message,
    overlayOpenUnsure: en.overlayOpenUnsure.message,
    overlayRoundTrip: en.overlayRoundTrip.message,
    profileLost: en.profileLost.message,
    profileTooHeavy: en.profileTooHeavy.message,
    overlayRowsNotRead: en.overlayRowsNotRead.message,
    teachAgain: en.teachAgain.message,
    chipWaiting: en.chipWaiting.message,
    chipUrgent: en.chipUrgent.message,
    customerFallbackName: en.customerFallbackName.message,
    badgeTooltip: en.badgeTooltip.message,
    stateFollowUp: en.stateFollowUp.message,
    stateOk: en.stateOk.message,
    stateWarn: en.stateWarn.message,
    stateBreach: en.stateBreach.message,
    stateForgotten: en.stateForgotten.message,
    badgeAtLeastShown: en.badgeAtLeastShown.message,
    badgeAtLeastSeen: en.badgeAtLeastSeen.message,
    badgeMaybe: en.badgeMaybe.message,
    reasonMarker: en.reasonMarker.message,
    reasonKeyword: en.reasonKeyword.message,
    reasonVip: en.reasonVip.message,
    teachNotSetUp: en.teachNotSetUp.message,
    teachBuiltInMissed: en.teachBuiltInMissed.message,
    teachStart: en.teachStart.message,
    profilesCancel: en.profilesCancel.message,
  },
  ru: {
    extName: ru.extName.message,
    overlayLabel: ru.overlayLabel.message,
    overlayConnecting: ru.overlayConnecting.message,
    overlayConnected: ru.overlayConnected.message,
    overlayOffline: ru.overlayOffline.message,
    overlayExpand: ru.overlayExpand.message,
    overlayCollapse: ru.overlayCollapse.message,
    overlayProfile: ru.overlayProfile.message,
    overlayOpenUnsure: ru.overlayOpenUnsure.message,
    overlayRoundTrip: ru.overlayRoundTrip.message,
    profileLost: ru.profileLost.message,
    profileTooHeavy: ru.profileTooHeavy.message,
    overlayRowsNotRead: ru.overlayRowsNotRead.message,
    teachAgain: ru.teachAgain.message,
    chipWaiting: ru.chipWaiting.message,
    chipUrgent: ru.chipUrgent.message,
    customerFallbackName: ru.customerFallbackName.message,
    badgeTooltip: ru.badgeTooltip.message,
    stateFollowUp: ru.stateFollowUp.message,
    stateOk: ru.stateOk.message,
    stateWarn: ru.stateWarn.message,
    stateBreach: ru.stateBreach.message,
    stateForgotten: ru.stateForgotten.message,
    badgeAtLeastShown: ru.badgeAtLeastShown.message,
    badgeAtLeastSeen: ru.badgeAtLeastSeen.message,
    badgeMaybe: ru.badgeMaybe.message,
    reasonMarker: ru.reasonMarker.message,
    reasonKeyword: ru.reasonKeyword.message,
    reasonVip: ru.reasonVip.message,
    teachNotSetUp: ru.teachNotSetUp.message,
    teachBuiltInMissed: ru.teachBuiltInMissed.message,
    teachStart: ru.teachStart.message,
    profilesCancel: ru.profilesCancel.message,
  },
} satisfies Record<Locale, Partial<Record<MessageKey, string>>>;

export type FirstStageKey = keyof (typeof texts)['en'] & keyof (typeof texts)['ru'];

export function createFirstStageTranslator(locale: Locale): Translate<FirstStageKey> {
  const file = texts[locale];
  return (key, params) => fillIn(file[key], params);
}
