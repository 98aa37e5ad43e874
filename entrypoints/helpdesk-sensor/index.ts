import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runOverlay } from '../helpdesk.content/run-overlay';
import { SENSOR_STAGE_GLOBAL, type SensorStage } from './stage';

// Injected by the background into the helpdesk tab's frame whose loader recognised
// a console (see entrypoints/helpdesk.content/start-overlay.ts).
export default defineUnlistedScript(() => {
  const stage: SensorStage = { runOverlay };
  (globalThis as Record<string, unknown>)[SENSOR_STAGE_GLOBAL] = stage;
});
