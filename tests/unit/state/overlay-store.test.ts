import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../../lib/domain/conversation';
import { newRecord } from '../../../lib/domain/conversation-record';
import { defaultThresholds } from '../../../lib/domain/thresholds';
import { createOverlayStore } from '../../../lib/state/overlay-store';

const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const MIN = 60_000;
const SITE = 'https://desk.example.com';
// Each call builds new objects, as every message from the background does.
const record = (key: string, patch: Partial<ConversationRecord> = {}): ConversationRecord => ({
  ...newRecord(SITE, key, T0 - 10 * MIN),
  name: key,
  waitingSince: T0 - 2 * MIN,
  reasons: ['refund'],
  ...patch,
});
const clocks = (records: ConversationRecord[], thresholds = structuredClone(defaultThresholds)) => ({
  site: SITE,
  records,
  thresholds,
  followUpSec: 30 * 60,
});

/** A store holding a and b, and how many times its subscribers were told of a change. */
function setup() {
  const store = createOverlayStore(T0);
  store.getState().receiveClocks(clocks([record('a'), record('b')]), true);
  let told = 0;
  store.subscribe(() => (told += 1));
  return { store, told: () => told };
}

describe('overlay store: clocks from the background', () => {
  it('changes nothing, and draws nothing, for the same clocks sent again', () => {
    const { store, told } = setup();
    const before = store.getState();
    store.getState().receiveClocks(clocks([record('b'), record('a')]), true);
    store.getState().receiveClocks(clocks([record('a')]), false);
    expect(told()).toBe(0);
    expect(store.getState()).toBe(before);
  });

  it('takes a changed clock and keeps the others as they were', () => {
    const { store, told } = setup();
    const before = store.getState().records;
    store.getState().receiveClocks(clocks([record('a', { waitingSince: null }), record('b')]), true);
    expect(told()).toBe(1);
    expect(store.getState().records.a!.waitingSince).toBeNull();
    expect(store.getState().records.b).toBe(before.b);
  });

  it('drops what a full replacement no longer holds, and adds what an update brings', () => {
    const { store } = setup();
    store.getState().receiveClocks(clocks([record('a')]), true);
    expect(Object.keys(store.getState().records)).toEqual(['a']);
    store.getState().receiveClocks(clocks([record('c')]), false);
    expect(Object.keys(store.getState().records).sort()).toEqual(['a', 'c']);
  });

  it('takes new targets even when every clock is the same', () => {
    const { store, told } = setup();
    const stricter = structuredClone(defaultThresholds);
    stricter.normal.warnSec = 60;
    store.getState().receiveClocks(clocks([record('a'), record('b')], stricter), true);
    expect(told()).toBe(1);
    expect(store.getState().thresholds.normal.warnSec).toBe(60);
  });
});
