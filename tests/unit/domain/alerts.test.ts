import { describe, expect, it } from 'vitest';
import { collectAlerts } from '../../../lib/domain/alerts';
import type { ClockState, ClockView, ConversationRecord } from '../../../lib/domain/conversation';
import { newRecord } from '../../../lib/domain/conversation-record';

const SITE = 'https://desk.example.com';
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const MIN = 60_000;

/** A customer waiting since T0. */
function record(patch: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    ...newRecord(SITE, 'a', T0),
    waitingSince: T0,
    firstCustomerAt: T0,
    lastCustomerAt: T0,
    unread: 1,
    lastAuthor: 'customer',
    ...patch,
  };
}

const view = (state: ClockState): ClockView => ({
  state,
  waitSec: 0,
  level: 'normal',
  nextChangeAt: null,
  followUpDue: false,
});
const types = (result: ReturnType<typeof collectAlerts>) => result.events.map((event) => event.type);

describe('collectAlerts', () => {
  it('nothing is raised while the clock is ok', () => {
    const r = record();
    const result = collectAlerts(r, view('ok'), T0 + MIN);
    expect(result.events).toEqual([]);
    expect(result.record).toBe(r);
  });

  it('raises a warning once per wait', () => {
    const first = collectAlerts(record(), view('warn'), T0 + 5 * MIN);
    expect(first.events).toEqual([
      { type: 'warn', site: SITE, key: 'a', at: T0 + 5 * MIN, waitingSince: T0 },
    ]);
    const again = collectAlerts(first.record, view('warn'), T0 + 6 * MIN);
    expect(again.events).toEqual([]);
    expect(again.record).toBe(first.record);
  });

  it('raises the breach once after the warning', () => {
    const warned = collectAlerts(record(), view('warn'), T0 + 5 * MIN).record;
    const breached = collectAlerts(warned, view('breach'), T0 + 10 * MIN);
    expect(types(breached)).toEqual(['breach']);
    expect(collectAlerts(breached.record, view('breach'), T0 + 11 * MIN).events).toEqual([]);
  });

  it('a jump straight to breach raises the warning and the breach together', () => {
    expect(types(collectAlerts(record(), view('breach'), T0 + 12 * MIN))).toEqual(['warn', 'breach']);
  });

  it('a jump straight to forgotten raises every level once', () => {
    const result = collectAlerts(record(), view('forgotten'), T0 + 30 * MIN);
    expect(types(result)).toEqual(['warn', 'breach', 'forgotten']);
    expect(collectAlerts(result.record, view('forgotten'), T0 + 31 * MIN).events).toEqual([]);
  });

  it('a new wait raises its alerts again', () => {
    const first = collectAlerts(record(), view('breach'), T0 + 10 * MIN).record;
    const newWait = { ...first, waitingSince: T0 + 60 * MIN };
    const result = collectAlerts(newWait, view('warn'), T0 + 65 * MIN);
    expect(result.events).toEqual([
      { type: 'warn', site: SITE, key: 'a', at: T0 + 65 * MIN, waitingSince: T0 + 60 * MIN },
    ]);
  });

  it('nothing is raised when nobody waits', () => {
    const idle = record({ waitingSince: null, alerted: { warn: T0, breach: T0, forgotten: null } });
    const result = collectAlerts(idle, view('idle'), T0 + 60 * MIN);
    expect(result.events).toEqual([]);
    expect(result.record).toBe(idle);
  });
});
