import { request } from '../../lib/messaging/client';
import { UI_STAGE_GLOBAL, type UiStage } from '../helpdesk-ui/stage';

let loading: Promise<UiStage> | null = null;

const loaded = () => (globalThis as Record<string, unknown>)[UI_STAGE_GLOBAL] as UiStage | undefined;

/**
 * The interface stage, loaded the first time it is needed: the background injects
 * it into this very frame (a content script cannot import an extension file that
 * is not web-accessible, and none is). A failed load is tried again next time.
 */
export function loadUiStage(): Promise<UiStage> {
  loading ??= (async () => {
    if (!loaded()) await request('loadUiStage', null);
    const stage = loaded();
    if (!stage) throw new Error('the interface stage did not start');
    return stage;
  })();
  loading.catch(() => (loading = null));
  return loading;
}
