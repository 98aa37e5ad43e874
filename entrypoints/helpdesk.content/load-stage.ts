import { request } from '../../lib/messaging/client';

type Globals = Record<string, unknown>;

/** Loads in flight, by stage, kept where both the loader's and the sensor stage's copies of this file see them. */
const LOADING_GLOBAL = '__nezabudkaStagesLoading';

/**
 * A later stage of the content script, loaded the first time it is needed: the
 * background injects it into this very frame (a content script cannot import an
 * extension file that is not web-accessible, and none is), and the stage leaves
 * its entry point at `name` in the isolated world. Asked twice, loaded once; a
 * failed load is tried again next time.
 */
export function loadStage<T>(ask: 'loadSensorStage' | 'loadUiStage', name: string): Promise<T> {
  const globals = globalThis as Globals;
  const loading = ((globals[LOADING_GLOBAL] as Record<string, Promise<unknown>> | undefined) ??= {});
  const pending = (loading[name] ??= (async () => {
    if (!globals[name]) await request(ask, null);
    const stage = globals[name];
    if (!stage) throw new Error(`the stage of ${ask} did not start`);
    return stage;
  })());
  pending.catch(() => delete loading[name]);
  return pending as Promise<T>;
}
