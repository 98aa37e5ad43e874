import { describe, expect, it } from 'vitest';
import { sweepClocks } from '../../../lib/domain/clock-sweep';
import type { ConversationRecord } from '../../../lib/domain/conversation';
import { defaultSettings } from '../../../lib/domain/settings';
import { newRecord } from '../../../lib/domain/conversation-record';

const SITE = 'https://desk.example.com';
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const MIN = 60_000;

/** A customer of conversation `key` waiting since T0, when the row was last seen. */
function waiting(key: string): ConversationRecord {
  return {
    ...newRecord(SITE, key, T0),
    name: `Customer ${key}`,
    waitingSince: T0,
    firstCustomerAt: T0,
    lastCustomerAt: T0,
    lastSeenAt: T0,
    unread: 1,
    lastAuthor: 'customer',
  };
}
const sites = (...records: ConversationRecord[]): Array<[string, Map<string, ConversationRecord>]> => [
  [SITE, new Map(records.map((record) => [record.key, record]))],
];

describe('one pass over every clock', () => {
  it('wakes at the next threshold while a customer waits below it', () => {
    const sweep = sweepClocks(sites(waiting('a')), defaultSettings, T0 + MIN);
    expect(sweep).toMatchObject({ changed: [], events: [], pending: [], urgent: 0, next: T0 + 5 * MIN });
    expect(sweep.waiting.map((record) => record.key)).toEqual(['a']);
  });

  it('raises a breach once, counts it on the badge, and remembers it was raised', () => {
    const first = sweepClocks(sites(waiting('a')), defaultSettings, T0 + 11 * MIN);
    expect(first.urgent).toBe(1);
    expect(first.events.map((event) => event.type)).toEqual(['warn', 'breach']);
    expect(first.pending.map((alert) => [alert.name, alert.state, alert.waitSec])).toEqual([
      ['Customer a', 'warn', 11 * 60],
      ['Customer a', 'breach', 11 * 60],
    ]);
    const again = sweepClocks(sites(first.changed[0]!), defaultSettings, T0 + 12 * MIN);
    expect(again.urgent).toBe(1);
    expect(again.events).toEqual([]);
    expect(again.changed).toEqual([]);
  });

  it('leaves out a clock unseen for 12 hours: no alert, not on the badge, no wake-up for it', () => {
    const sweep = sweepClocks(sites(waiting('gone')), defaultSettings, T0 + 13 * 60 * MIN);
    expect(sweep).toEqual({ changed: [], events: [], pending: [], waiting: [], urgent: 0, next: null });
  });
});
