import { UI_STAGE_GLOBAL, type UiStage } from '../helpdesk-ui/stage';
import { loadStage } from './load-stage';

/** The interface stage (queue panel, palette, teach mode), loaded the first time it is needed. */
export function loadUiStage(): Promise<UiStage> {
  return loadStage<UiStage>('loadUiStage', UI_STAGE_GLOBAL);
}
