import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import { SENSOR_STAGE_GLOBAL, type SensorStage } from '../helpdesk-sensor/stage';
import { loadStage } from './load-stage';
import { loadUiStage } from './load-ui-stage';
import { listenForTemplateKeys } from './overlay/keys';
import { preloadWhenIdle } from './preload-when-idle';

/**
 * The overlay on a console the loader recognised: its sensor stage is injected
 * only now, so a page no profile detects never compiles the sensor, the chip or
 * the badges. The interface follows when the page is idle, before the operator asks.
 */
export async function startOverlay(
  ctx: ContentScriptContext,
  profile: SiteProfile,
  onReteach: () => void,
): Promise<void> {
  const stage = await loadStage<SensorStage>('loadSensorStage', SENSOR_STAGE_GLOBAL);
  if (ctx.isInvalid) return;
  await stage.runOverlay(ctx, profile, onReteach, { listenForTemplateKeys });
  preloadWhenIdle(ctx, loadUiStage);
}
