import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountOverlayUi } from './mount-overlay-ui';
import { mountTemplatesUi } from './mount-templates-ui';
import { runTeach } from './run-teach';
import { UI_STAGE_GLOBAL, type UiStage } from './stage';

// Injected by the background into the helpdesk tab's frame that asked for it
// (see the first stage, entrypoints/helpdesk.content/load-ui-stage.ts).
export default defineUnlistedScript(() => {
  const stage: UiStage = { mountOverlayUi, mountTemplatesUi, runTeach };
  (globalThis as Record<string, unknown>)[UI_STAGE_GLOBAL] = stage;
});
