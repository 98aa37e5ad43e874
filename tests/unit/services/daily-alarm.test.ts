import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDailyAlarm } from '../../../lib/services/daily-alarm';

describe('daily alarm (statistics retention)', () => {
  it('creates a daily alarm once and runs the task when it fires', async () => {
    const task = vi.fn();
    startDailyAlarm('nz-test-daily', task);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('nz-test-daily')).toBeDefined());
    const alarm = (await fakeBrowser.alarms.get('nz-test-daily'))!;
    expect(alarm.periodInMinutes).toBe(24 * 60);

    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, name: 'another-alarm' });
    expect(task).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('keeps an existing alarm on a restart, so the next run is not pushed back', async () => {
    await fakeBrowser.alarms.create('nz-test-daily', { when: 12_345, periodInMinutes: 24 * 60 });
    startDailyAlarm('nz-test-daily', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await fakeBrowser.alarms.get('nz-test-daily'))!.scheduledTime).toBe(12_345);
  });
});
