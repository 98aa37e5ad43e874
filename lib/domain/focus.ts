import type { ClockState } from './conversation';
import type { PriorityLevel } from './thresholds';

/** Focus ("do not disturb"): alerts are held until it ends. */
export interface FocusState {
  startedAt: number;
  /** End instant, or null for "until I stop it". */
  until: number | null;
}

export const focusDurationsMin = [15, 30, 60] as const;

export function startFocus(now: number, minutes: number | null): FocusState {
  return { startedAt: now, until: minutes === null ? null : now + minutes * 60_000 };
}

export function isFocusActive(focus: FocusState | null, now: number): focus is FocusState {
  return focus !== null && (focus.until === null || now < focus.until);
}

/** Whether an alert passes while focus holds the others (settings decide). */
export function passesFocus(
  alert: { state: ClockState; level: PriorityLevel },
  rules: { letVipThrough: boolean; letBreachThrough: boolean },
): boolean {
  if (rules.letVipThrough && alert.level === 'vip') return true;
  return rules.letBreachThrough && (alert.state === 'breach' || alert.state === 'forgotten');
}

export interface FocusSummaryEntry {
  site: string;
  key: string;
  name: string | null;
  /** Longest wait during the focus period, in seconds. */
  waitedSec: number;
  /** Still waiting when focus ended. */
  stillWaiting: boolean;
}

/**
 * Who waited while the operator was focused: every conversation whose customer
 * was waiting at some point between start and end, longest wait first.
 */
export function summariseFocus(
  focus: FocusState,
  end: number,
  waits: Array<{
    site: string;
    key: string;
    name: string | null;
    waitingSince: number;
    answeredAt: number | null;
  }>,
): FocusSummaryEntry[] {
  const entries = new Map<string, FocusSummaryEntry>();
  for (const wait of waits) {
    const stop = wait.answeredAt ?? end;
    if (stop < focus.startedAt || wait.waitingSince > end) continue;
    const waitedSec = Math.floor((Math.min(stop, end) - wait.waitingSince) / 1000);
    const id = `${wait.site}\n${wait.key}`;
    const previous = entries.get(id);
    if (!previous || previous.waitedSec < waitedSec) {
      entries.set(id, {
        site: wait.site,
        key: wait.key,
        name: wait.name,
        waitedSec,
        stillWaiting: wait.answeredAt === null,
      });
    }
  }
  return [...entries.values()].sort((a, b) => b.waitedSec - a.waitedSec || a.key.localeCompare(b.key));
}
