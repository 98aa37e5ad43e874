import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import { loadSensorStage } from './load-sensor-stage';
import { loadUiStage } from './load-ui-stage';
import { listenForTemplateKeys } from './overlay/keys';
import { whenSettled } from './when-settled';

/**
 * The overlay on a console the loader recognised: its sensor stage is injected
 * only now (a page no profile detects gets it only for the invitation to teach,
 * and starts no sensor). The interface follows when the page is idle, before the operator asks.
 */
export async function startOverlay(
  ctx: ContentScriptContext,
  profile: SiteProfile,
  onReteach: () => void,
): Promise<void> {
  const stage = await loadSensorStage();
  if (ctx.isInvalid) return;
  await stage.runOverlay(ctx, profile, onReteach, { listenForTemplateKeys });
  whenSettled(ctx, loadUiStage);
}
