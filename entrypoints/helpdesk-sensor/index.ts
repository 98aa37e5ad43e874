import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runOverlay } from '../helpdesk.content/run-overlay';
import { showInvitation } from '../helpdesk.content/show-invitation';
import { SENSOR_STAGE_GLOBAL, type SensorStage } from './stage';

// Injected by the background into the helpdesk tab's frame whose loader recognised
// a console, or found an enabled site's page no profile knows (see
// entrypoints/helpdesk.content/start-overlay.ts and index.ts).
export default defineUnlistedScript(() => {
  const stage: SensorStage = { runOverlay, showInvitation };
  (globalThis as Record<string, unknown>)[SENSOR_STAGE_GLOBAL] = stage;
});
