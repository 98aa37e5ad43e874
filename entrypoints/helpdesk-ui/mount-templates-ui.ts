import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '../../lib/messaging/client';
import { createOverlayStore } from '../../lib/state/overlay-store';
import { mountOverlayHost } from '../helpdesk.content/mount-overlay-host';
import { mountOverlayUi } from './mount-overlay-ui';
import type { OverlayUi } from './stage';

/**
 * Templates on a page of an enabled site that no profile detects (a support
 * form, a ticket page never taught): the palette and shortcut expansion alone,
 * in the overlay's own shadow root. No conversation is known here, so `{name}`
 * takes its fallback or is asked — never a name read off the page.
 */
export function mountTemplatesUi(ctx: ContentScriptContext): OverlayUi {
  const host = mountOverlayHost(ctx);
  const store = createOverlayStore(Date.now());
  // The operator's name and the interface's language; no connection is kept for pushes here.
  request('getSettings', null).then(
    (settings) => store.setState({ language: settings.language, operatorName: settings.operatorName }),
    (error: unknown) => console.warn('Nezabudka:', error),
  );
  return mountOverlayUi({
    ctx,
    store,
    withPanel: false,
    shadow: host.shadow,
    container: host.container,
    activate: () => undefined,
    reteach: () => undefined,
    openNow: () => null,
  });
}
