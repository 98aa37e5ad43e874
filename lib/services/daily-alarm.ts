import { browser } from 'wxt/browser';

const DAY_MIN = 24 * 60;

/**
 * Runs `task` about once a day, even when the service worker sleeps: a
 * periodic alarm survives restarts, so it is created only when missing (creating
 * it on every wake-up would push the next run forward forever). Register at
 * startup: the listener must exist when the worker wakes for the alarm.
 */
export function startDailyAlarm(name: string, task: () => void) {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) task();
  });
  void browser.alarms.get(name).then((existing) => {
    if (!existing) void browser.alarms.create(name, { delayInMinutes: 1, periodInMinutes: DAY_MIN });
  });
}
