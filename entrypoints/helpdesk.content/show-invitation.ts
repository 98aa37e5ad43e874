import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TeachInvitation } from '../../lib/adapters/teach/invitation';
import type { LanguageSetting } from '../../lib/domain/settings';
import { createFirstStageTranslator } from '../../lib/i18n/first-stage-messages';
import { resolveLocale } from '../../lib/i18n/locale';
import { request } from '../../lib/messaging/client';
import type { ShownInvitation } from '../helpdesk-sensor/stage';
import { mountOverlayHost, type OverlayHost } from './mount-overlay-host';
import { drawTeachInvite } from './teach-invite';

/**
 * The invitation to teach on an enabled site's page no profile recognised, in the
 * operator's language. It is drawn once the setting is read (no note in the wrong
 * language first) and goes with its close button, for this page load, or when the
 * loader removes it for teach mode.
 */
export function showInvitation(
  ctx: ContentScriptContext,
  invitation: TeachInvitation,
  onTeach: () => void,
): ShownInvitation {
  let host: OverlayHost | null = null;
  let removed = false;
  const remove = () => {
    removed = true;
    host?.shadowHost.remove();
    host = null;
  };
  void request('getSettings', null)
    .then(
      (settings): LanguageSetting => settings.language,
      (): LanguageSetting => 'auto',
    )
    .then((language) => {
      if (removed || ctx.isInvalid) return;
      host = mountOverlayHost(ctx, 'nezabudka-teach');
      drawTeachInvite(host.container, {
        builtIn: invitation.builtIn,
        t: createFirstStageTranslator(resolveLocale(language, browser.i18n.getUILanguage())),
        onTeach,
        onClose: remove,
      });
    });
  return { remove };
}
