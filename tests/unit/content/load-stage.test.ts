import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadStage } from '../../../entrypoints/helpdesk.content/load-stage';
import { SETTLED_AFTER_MS, whenSettled } from '../../../entrypoints/helpdesk.content/when-settled';

const NAME = '__nezabudkaTestStage';
const globals = globalThis as Record<string, unknown>;

/** The background's answer to a stage request: the injected stage leaves its entry point, or nothing came. */
function fakeInjection(inject: boolean) {
  const sendMessage = vi.fn(async () => {
    if (inject) globals[NAME] = { name: 'stage' };
    return { ok: true, data: null };
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
  return sendMessage;
}

afterEach(() => {
  delete globals[NAME];
  delete globals.__nezabudkaStagesLoading;
  vi.useRealTimers();
});

describe('a later stage of the content script', () => {
  it('is injected once however many parts of the page ask for it at the same moment', async () => {
    const sendMessage = fakeInjection(true);
    const [a, b] = await Promise.all([
      loadStage('loadSensorStage', NAME),
      loadStage('loadSensorStage', NAME),
    ]);
    expect(a).toEqual({ name: 'stage' });
    expect(b).toBe(a);
    expect(await loadStage('loadSensorStage', NAME)).toBe(a);
    expect(sendMessage).toHaveBeenCalledOnce();
  });

  it('that did not start is asked for again the next time, not given up for the page', async () => {
    fakeInjection(false);
    await expect(loadStage('loadUiStage', NAME)).rejects.toThrow('the stage of loadUiStage did not start');
    const sendMessage = fakeInjection(true);
    expect(await loadStage('loadUiStage', NAME)).toEqual({ name: 'stage' });
    expect(sendMessage).toHaveBeenCalledOnce();
  });

  it('is preloaded only after the page has had its first seconds, and then when it is idle', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    const ctx = {
      setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
      requestIdleCallback: (callback: () => void) => idle.push(callback),
    } as unknown as ContentScriptContext;
    const load = vi.fn(async () => null);
    whenSettled(ctx, load);
    vi.advanceTimersByTime(SETTLED_AFTER_MS - 1);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(load).not.toHaveBeenCalled();
    idle.forEach((callback) => callback());
    expect(load).toHaveBeenCalledOnce();
  });
});
