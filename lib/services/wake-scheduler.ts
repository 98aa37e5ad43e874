import { browser } from 'wxt/browser';

const ALARM = 'nezabudka-clock';
/** Chrome does not fire alarms sooner than this after creation. */
const MIN_ALARM_DELAY_MS = 30_000;

/**
 * Wakes the clock service when the next state change is due. While the worker
 * is awake a timer is exact; the alarm is the safety net that wakes a stopped
 * service worker (or fires while the helpdesk tab is hidden and throttled).
 * Register at startup: the alarm listener must exist when the worker wakes.
 */
export function createWakeScheduler(onWake: () => void, now: () => number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) onWake();
  });
  return {
    schedule(at: number | null) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (at === null) {
        void browser.alarms.clear(ALARM);
        return;
      }
      const delay = Math.max(0, at - now()) + 20; // land just after the boundary
      timer = setTimeout(onWake, delay);
      void browser.alarms.create(ALARM, { when: now() + Math.max(delay, MIN_ALARM_DELAY_MS) });
    },
  };
}
