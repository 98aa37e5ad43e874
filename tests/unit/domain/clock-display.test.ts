import { describe, expect, it } from 'vitest';
import { clockItems, mergeQueues } from '../../../lib/domain/clock-display';
import { STALE_AFTER_MS } from '../../../lib/domain/clock';
import type { ConversationRecord } from '../../../lib/domain/conversation';
import { defaultThresholds } from '../../../lib/domain/thresholds';
import { newRecord } from '../../../lib/domain/conversation-record';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const MIN = 60_000;
const FOLLOW_UP_SEC = 30 * 60;

function record(key: string, patch: Partial<ConversationRecord> = {}): ConversationRecord {
  return { ...newRecord('https://desk.example.com', key, T0), name: key.toUpperCase(), ...patch };
}

const NOW = T0 + 60 * MIN;
const items = (records: ConversationRecord[]) => clockItems(records, defaultThresholds, FOLLOW_UP_SEC, NOW);

describe('clockItems', () => {
  it('lists waiting customers most urgent first, then follow-ups', () => {
    const list = items([
      record('asked', { awaitingCustomerSince: NOW - 45 * MIN }),
      record('fresh', { waitingSince: NOW - MIN }),
      record('quiet'),
      record('forgotten', { waitingSince: NOW - 25 * MIN }),
      record('vip', { waitingSince: NOW - 3 * MIN, vip: true, reasons: ['marker'] }),
    ]);
    expect(list.map((item) => [item.key, item.state])).toEqual([
      ['forgotten', 'forgotten'],
      ['vip', 'warn'],
      ['fresh', 'ok'],
      ['asked', 'idle'],
    ]);
  });

  it('carries how sure a wait is, for the badge to say "at least"', () => {
    const list = items([
      record('row', { waitingSince: NOW - 5 * MIN, waitBasis: 'shown' }),
      record('sight', { waitingSince: NOW - 2 * MIN, waitBasis: 'seen' }),
      record('live', { waitingSince: NOW - MIN }),
      record('note', { waitingSince: NOW - 30_000, waitBasis: 'maybe' }),
    ]);
    expect(list.map((item) => [item.key, item.atLeast])).toEqual([
      ['row', 'shown'],
      ['sight', 'seen'],
      ['live', undefined],
      ['note', 'maybe'],
    ]);
  });

  it('describes each item as drawn', () => {
    const [item] = items([
      record('a', { waitingSince: NOW - 252_000, priority: true, reasons: ['keyword:refund'] }),
    ]);
    expect(item).toEqual({
      site: 'https://desk.example.com',
      key: 'a',
      name: 'A',
      state: 'warn',
      waitSec: 252,
      level: 'priority',
      reasons: ['keyword:refund'],
      followUpDue: false,
    });
  });

  it('leaves out idle chats whose follow-up is not due yet', () => {
    expect(items([record('asked', { awaitingCustomerSince: NOW - 10 * MIN }), record('quiet')])).toEqual([]);
  });

  it('marks a due follow-up', () => {
    const [item] = items([record('asked', { awaitingCustomerSince: NOW - 45 * MIN })]);
    expect(item).toMatchObject({ key: 'asked', state: 'idle', followUpDue: true, waitSec: 0 });
  });

  it('leaves out a conversation whose row has not been seen for half a day (closed in the desk)', () => {
    const list = clockItems(
      [
        record('gone', { waitingSince: T0 }),
        record('here', { waitingSince: T0, lastSeenAt: T0 + STALE_AFTER_MS }),
      ],
      defaultThresholds,
      FOLLOW_UP_SEC,
      T0 + STALE_AFTER_MS,
    );
    expect(list.map((item) => item.key)).toEqual(['here']);
  });

  it('merges several sites into one queue by urgency', () => {
    const a = items([
      record('a-ok', { waitingSince: NOW - MIN }),
      record('a-asked', { awaitingCustomerSince: NOW - 45 * MIN }),
    ]);
    const b = items([record('b-breach', { site: 'https://other.example', waitingSince: NOW - 12 * MIN })]);
    expect(mergeQueues([a, b]).map((item) => item.key)).toEqual(['b-breach', 'a-ok', 'a-asked']);
  });
});
