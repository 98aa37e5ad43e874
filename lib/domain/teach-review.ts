import type { WaitBasis } from './conversation';
import type { Observation } from './observation';
import { applyObservation } from './tracker';

/** One conversation as the review step shows it: its name and wait as the clocks would start them. */
export interface ReviewRow {
  key: string;
  /** Customer data: kept in memory for the review, never stored. */
  name: string | null;
  /** Seconds the customer has waited; null: not waiting (answered, or nothing says so). */
  waitSec: number | null;
  /** The wait is a lower bound (see ClockItem.atLeast). */
  atLeast?: WaitBasis;
}

/** What could make a taught profile watch less than the operator expects. */
export type ReviewWarning =
  /** No row shows a time Nezabudka can read: every wait already running is "at least". */
  | 'noTime'
  /** Rows share a name and nothing else keys them: their clocks are told apart by place. */
  | 'sameNamesByPlace'
  /** Rows with keys of their own share a name: the part taught as the name may not be one. */
  | 'sameNames'
  /** Some rows shown on the page are not read (no key, or a key another row has). */
  | 'notAllRead'
  /** No reply box taught: templates go only where the operator is typing. */
  | 'noComposer'
  /** No Send taught: a reply sent by a click is seen only once it shows in the chat or the list. */
  | 'noSend';

export interface TeachReview {
  rows: ReviewRow[];
  /** Rows the taught row selector finds shown on the page. */
  shown: number;
  warnings: ReviewWarning[];
  /** The names two or more rows share (for the `sameNames*` warnings). */
  sameNames: string[];
  /** Why the draft cannot be saved (an invalid selector, the background's refusal). */
  problems: string[];
}

/**
 * Each read row's name and wait, by the same tracker that will run the clocks, as
 * if Nezabudka met the page for the first time at `now`.
 */
export function reviewRows(observation: Observation, now: number): ReviewRow[] {
  const { changed } = applyObservation(new Map(), observation, now, { keywords: [], vip: [] });
  const records = new Map(changed.map((record) => [record.key, record]));
  return observation.rows.map((row) => {
    const record = records.get(row.key);
    const since = record?.waitingSince ?? null;
    return {
      key: row.key,
      name: row.name,
      waitSec: since === null ? null : Math.max(0, Math.floor((now - since) / 1000)),
      ...(since !== null && record?.waitBasis ? { atLeast: record.waitBasis } : {}),
    };
  });
}

/** The warnings of the review step, from what the draft profile read and what was taught. */
export function reviewWarnings(facts: {
  observation: Pick<Observation, 'rows'>;
  shown: number;
  keyedByName: boolean;
  composer: boolean;
  sendButton: boolean;
}): { warnings: ReviewWarning[]; sameNames: string[] } {
  const { rows } = facts.observation;
  const names = rows.map((row) => row.name).filter((name) => name !== null);
  const sameNames = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  const warnings: ReviewWarning[] = [];
  if (rows.length > 0 && rows.every((row) => row.lastAt === null && row.waitShownSince === undefined))
    warnings.push('noTime');
  if (sameNames.length > 0) warnings.push(facts.keyedByName ? 'sameNamesByPlace' : 'sameNames');
  if (rows.length < facts.shown) warnings.push('notAllRead');
  if (!facts.composer) warnings.push('noComposer');
  if (!facts.sendButton) warnings.push('noSend');
  return { warnings, sameNames };
}
