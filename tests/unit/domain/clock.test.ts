import { describe, expect, it } from 'vitest';
import { evaluateClock, levelOf } from '../../../lib/domain/clock';
import type { ConversationRecord } from '../../../lib/domain/conversation';
import { defaultThresholds } from '../../../lib/domain/thresholds';
import { newRecord } from '../../../lib/domain/conversation-record';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const SEC = 1000;
const MIN = 60 * SEC;
const FOLLOW_UP_SEC = 30 * 60;

function record(patch: Partial<ConversationRecord> = {}): ConversationRecord {
  return { ...newRecord('https://desk.example.com', 'a', T0), name: 'Анна', ...patch };
}

const clock = (patch: Partial<ConversationRecord>, now: number) =>
  evaluateClock(record(patch), defaultThresholds, now, FOLLOW_UP_SEC);

describe('levelOf', () => {
  it('VIP outranks priority, which outranks normal', () => {
    expect(levelOf({ vip: true, priority: true })).toBe('vip');
    expect(levelOf({ vip: false, priority: true })).toBe('priority');
    expect(levelOf({ vip: false, priority: false })).toBe('normal');
  });
});

describe('evaluateClock', () => {
  it('is idle when nobody waits', () => {
    expect(clock({}, T0 + 3 * 3600 * SEC)).toEqual({
      state: 'idle',
      waitSec: 0,
      level: 'normal',
      nextChangeAt: null,
      followUpDue: false,
    });
  });

  it('turns ok → warn → breach exactly at the thresholds (5 and 10 minutes)', () => {
    const waiting = { waitingSince: T0 };
    expect(clock(waiting, T0).state).toBe('ok');
    expect(clock(waiting, T0 + 5 * MIN - 1).state).toBe('ok');
    expect(clock(waiting, T0 + 5 * MIN).state).toBe('warn');
    expect(clock(waiting, T0 + 10 * MIN - 1).state).toBe('warn');
    expect(clock(waiting, T0 + 10 * MIN).state).toBe('breach');
  });

  it('counts the wait in whole seconds', () => {
    expect(clock({ waitingSince: T0 }, T0 + 252 * SEC + 999).waitSec).toBe(252);
  });

  it('a breached chat nobody looks at becomes forgotten at 20 minutes', () => {
    const waiting = { waitingSince: T0 };
    expect(clock(waiting, T0 + 20 * MIN - 1).state).toBe('breach');
    expect(clock(waiting, T0 + 20 * MIN).state).toBe('forgotten');
  });

  it('a chat left unanswered after opening is forgotten as soon as it breaches', () => {
    const left = { waitingSince: T0, leftUnanswered: true };
    expect(clock(left, T0 + 9 * MIN).state).toBe('warn');
    expect(clock(left, T0 + 10 * MIN).state).toBe('forgotten');
  });

  it('an open chat is never forgotten', () => {
    expect(clock({ waitingSince: T0, active: true }, T0 + 3 * 3600 * SEC).state).toBe('breach');
    expect(clock({ waitingSince: T0, active: true, leftUnanswered: true }, T0 + 30 * MIN).state).toBe(
      'breach',
    );
  });

  it('a VIP customer has the stricter VIP thresholds', () => {
    const vip = { waitingSince: T0, vip: true, priority: true };
    expect(clock(vip, T0 + 2 * MIN - 1).state).toBe('ok');
    expect(clock(vip, T0 + 2 * MIN).state).toBe('warn');
    expect(clock(vip, T0 + 5 * MIN).state).toBe('breach');
    expect(clock(vip, T0 + 10 * MIN)).toMatchObject({ state: 'forgotten', level: 'vip' });
  });

  it('a priority chat has the stricter priority thresholds', () => {
    const urgent = { waitingSince: T0, priority: true };
    expect(clock(urgent, T0 + 3 * MIN - 1).state).toBe('ok');
    expect(clock(urgent, T0 + 3 * MIN).state).toBe('warn');
    expect(clock(urgent, T0 + 5 * MIN).state).toBe('breach');
    expect(clock(urgent, T0 + 10 * MIN)).toMatchObject({ state: 'forgotten', level: 'priority' });
  });

  it('tells when the state will next change by itself', () => {
    const waiting = { waitingSince: T0 };
    expect(clock(waiting, T0 + MIN).nextChangeAt).toBe(T0 + 5 * MIN);
    expect(clock(waiting, T0 + 5 * MIN).nextChangeAt).toBe(T0 + 10 * MIN);
    expect(clock(waiting, T0 + 10 * MIN).nextChangeAt).toBe(T0 + 20 * MIN);
    expect(clock(waiting, T0 + 20 * MIN).nextChangeAt).toBeNull();
  });

  it('an open breached chat has no next change (closing it is an observation)', () => {
    expect(clock({ waitingSince: T0, active: true }, T0 + 12 * MIN).nextChangeAt).toBeNull();
  });

  it('a forgotten chat has no next change', () => {
    expect(clock({ waitingSince: T0, leftUnanswered: true }, T0 + 10 * MIN).nextChangeAt).toBeNull();
  });

  it('offers a follow-up once the customer has been silent past the limit', () => {
    const asked = { awaitingCustomerSince: T0 };
    expect(clock(asked, T0 + 29 * MIN).followUpDue).toBe(false);
    expect(clock(asked, T0 + 31 * MIN)).toMatchObject({ state: 'idle', followUpDue: true });
  });

  it('never offers a follow-up while the customer waits', () => {
    expect(clock({ waitingSince: T0 + 40 * MIN, awaitingCustomerSince: T0 }, T0 + 41 * MIN).followUpDue).toBe(
      false,
    );
  });
});
