import { evaluateClock, isStale } from './clock';
import type { ClockState, ConversationRecord, WaitBasis } from './conversation';
import { buildQueue, compareUrgency } from './queue';
import type { PriorityLevel, ThresholdsByPriority } from './thresholds';

/** One conversation as the overlay and the popup draw it at an instant. */
export interface ClockItem {
  site: string;
  key: string;
  name: string | null;
  state: ClockState;
  waitSec: number;
  level: PriorityLevel;
  reasons: string[];
  followUpDue: boolean;
  /**
   * The wait is at least `waitSec`: started from a row's time (`shown`) or first sight
   * (`seen`); `maybe`: if the customer waits at all (the row ended in a note or a bot's line).
   */
  atLeast?: WaitBasis;
}

/**
 * Every conversation worth showing at `now`: customers waiting (any state) and
 * chats where the customer owes an answer past the follow-up limit; the queue
 * order (most urgent first) for waiting ones, follow-ups after them.
 */
export function clockItems(
  records: Iterable<ConversationRecord>,
  thresholds: ThresholdsByPriority,
  followUpSec: number,
  now: number,
): ClockItem[] {
  const evaluated = [...records]
    .filter((record) => !isStale(record, now))
    .map((record) => ({
      record,
      view: evaluateClock(record, thresholds, now, followUpSec),
    }));
  const toItem = ({ record, view }: (typeof evaluated)[number]): ClockItem => ({
    site: record.site,
    key: record.key,
    name: record.name,
    state: view.state,
    waitSec: view.waitSec,
    level: view.level,
    reasons: record.reasons,
    followUpDue: view.followUpDue,
    ...(record.waitBasis && view.state !== 'idle' ? { atLeast: record.waitBasis } : {}),
  });
  const waiting = buildQueue(evaluated).map(toItem);
  const followUps = evaluated.filter(({ view }) => view.state === 'idle' && view.followUpDue).map(toItem);
  return [...waiting, ...followUps];
}

/** Several sites' items as one list: waiting ones by urgency across sites, then follow-ups. */
export function mergeQueues(lists: readonly ClockItem[][]): ClockItem[] {
  const all = lists.flat();
  const waiting = all.filter((item) => item.state !== 'idle').sort(compareUrgency);
  return [...waiting, ...all.filter((item) => item.state === 'idle')];
}
