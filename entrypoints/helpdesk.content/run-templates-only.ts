import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayUi } from '../helpdesk-ui/stage';
import { loadUiStage } from './load-ui-stage';
import { listenForTemplateKeys, type TemplateKeys } from './overlay/keys';

/**
 * Templates on a page of an enabled site that no profile detects: one keydown
 * listener that does nothing until the palette key, or Tab or Space after a
 * typed `;shortcut`; the interface is loaded only then. No sensor, no
 * connection, no timers.
 */
export function runTemplatesOnly(ctx: ContentScriptContext): TemplateKeys {
  const report = (error: unknown) => console.warn('Nezabudka:', error);
  let ui: Promise<OverlayUi> | null = null;
  const needUi = (): Promise<OverlayUi> =>
    (ui ??= loadUiStage().then(
      (stage) => stage.mountTemplatesUi(ctx),
      (error: unknown) => {
        ui = null;
        throw error;
      },
    ));
  const keys = listenForTemplateKeys({ ui: needUi, report });
  ctx.onInvalidated(() => keys.stop());
  return keys;
}
