import { describeWait } from '../../lib/domain/format-wait';
import type { Locale } from '../../lib/domain/locale';
import type { Translate } from '../../lib/i18n/messages';
import type { ClockItem } from '../../lib/domain/clock-display';

const stateKey = {
  idle: 'stateFollowUp',
  ok: 'stateOk',
  warn: 'stateWarn',
  breach: 'stateBreach',
  forgotten: 'stateForgotten',
} as const;

/** The full sentence for a tooltip and screen readers: who, what state, how long, why priority. */
/** The messages a badge's sentence is made of (the content script's first stage carries only these). */
export type BadgeMessageKey =
  | 'badgeTooltip'
  | 'customerFallbackName'
  | (typeof stateKey)[keyof typeof stateKey]
  | 'badgeAtLeastShown'
  | 'badgeAtLeastSeen'
  | 'badgeMaybe'
  | 'reasonMarker'
  | 'reasonKeyword'
  | 'reasonVip';

export function describeBadge(badge: ClockItem, t: Translate<BadgeMessageKey>, locale: Locale): string {
  const name = badge.name ?? t('customerFallbackName');
  const parts = [
    t('badgeTooltip', { name, state: t(stateKey[badge.state]), wait: describeWait(badge.waitSec, locale) }),
  ];
  if (badge.atLeast === 'shown') parts.push(t('badgeAtLeastShown'));
  if (badge.atLeast === 'seen') parts.push(t('badgeAtLeastSeen'));
  if (badge.atLeast === 'maybe') parts.push(t('badgeMaybe'));
  for (const reason of badge.reasons) {
    if (reason === 'marker') parts.push(t('reasonMarker'));
    else if (reason.startsWith('keyword:')) parts.push(t('reasonKeyword', { word: reason.slice(8) }));
    else if (reason.startsWith('vip:')) parts.push(t('reasonVip', { entry: reason.slice(4) }));
  }
  return parts.join(' · ');
}
