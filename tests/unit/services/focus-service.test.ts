import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings } from '../../../lib/domain/settings';
import { computeMetrics } from '../../../lib/domain/stats/metrics';
import { clockServiceForTests, observation, row, SITE, T0 } from '../../fixtures/clock-service-setup';

// Focus runs on the clock service's queue (lib/services/focus-service.ts), so it is driven here
// through the clock service as the background drives it.

const setup = clockServiceForTests();
const day = { from: T0 - 3_600_000, to: T0 + 3_600_000, timeZone: 'UTC' };

describe('focus', () => {
  it('holds alerts during focus and summarises who waited when it ends', async () => {
    const t = setup();
    await t.service.startFocus(15);
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(11 * 60_000);
    await t.service.tick();
    expect(t.plans).toEqual([]);
    t.advance(5 * 60_000); // focus ran out
    await t.service.tick();
    expect(t.focusEnds).toHaveLength(1);
    expect(t.focusEnds[0]).toEqual([
      { site: SITE, key: 'a', name: 'Customer a', waitedSec: 15 * 60, stillWaiting: true },
    ]);
    expect(t.pushes.some((push) => push.message.type === 'focus' && push.message.summary?.length === 1)).toBe(
      true,
    );
  });

  it('lets a VIP alert through focus when the setting allows it', async () => {
    const t = setup(applySettingsPatch(defaultSettings, { vipList: ['Customer v'] }));
    await t.service.startFocus(null);
    await t.service.observe(observation([row('v', { unread: 1 }), row('n', { unread: 1 })]), 7);
    t.advance(11 * 60_000); // both have breached by now
    await t.service.tick();
    const alerted = t.plans.flatMap((plan) => plan.individual).map((alert) => alert.key);
    expect(alerted).toEqual(['v']);
  });

  it('toggles focus with the keyboard command', async () => {
    const t = setup();
    await t.service.toggleFocus();
    expect((await t.service.focusState()).focus).toEqual({ startedAt: T0, until: null });
    await t.service.toggleFocus();
    expect((await t.service.focusState()).focus).toBeNull();
    expect(t.focusEnds).toHaveLength(1);
  });

  it('a double press of the keyboard command starts focus and stops it, as two presses do', async () => {
    const t = setup();
    await Promise.all([t.service.toggleFocus(), t.service.toggleFocus()]);
    expect((await t.service.focusState()).focus).toBeNull();
    const focus = (await t.events()).filter((event) => event.type.startsWith('focus'));
    expect(focus.map((event) => event.type)).toEqual(['focus-started', 'focus-ended']);
    expect(t.focusEnds).toHaveLength(1);
  });

  it('records focus periods and how long they lasted', async () => {
    const t = setup();
    await t.service.startFocus(15);
    t.advance(20 * 60_000);
    await t.service.tick();
    await t.service.startFocus(null);
    t.advance(5 * 60_000);
    await t.service.stopFocus();
    const focus = (await t.events()).filter((event) => event.type.startsWith('focus'));
    expect(focus.map((event) => [event.type, event.focusMs])).toEqual([
      ['focus-started', undefined],
      ['focus-ended', 15 * 60_000],
      ['focus-started', undefined],
      ['focus-ended', 5 * 60_000],
    ]);
    expect(computeMetrics(await t.events(), day).focus).toEqual({ sessions: 2, totalMs: 20 * 60_000 });
  });

  it('writes a period and its statistics together: a failed write starts nothing and counts nothing', async () => {
    const t = setup();
    let full = true;
    // The disk fills up between the statistics row and the focus state.
    const refuse = () => {
      if (full) throw new DOMException('The disk is full', 'QuotaExceededError');
    };
    t.db.kv.hook('creating', refuse);
    t.db.kv.hook('updating', refuse);
    await expect(t.service.startFocus(15)).rejects.toThrow(/disk is full/);
    expect((await t.service.focusState()).focus).toBeNull();
    expect((await t.events()).filter((event) => event.type.startsWith('focus'))).toEqual([]);

    full = false;
    await t.service.startFocus(15);
    t.advance(5 * 60_000);
    full = true;
    // Ending fails too: the period goes on, and no end is counted.
    await expect(t.service.stopFocus()).rejects.toThrow(/disk is full/);
    expect((await t.service.focusState()).focus).toEqual({ startedAt: T0, until: T0 + 15 * 60_000 });
    full = false;
    await t.service.stopFocus();
    const focus = (await t.events()).filter((event) => event.type.startsWith('focus'));
    expect(focus.map((event) => [event.type, event.focusMs])).toEqual([
      ['focus-started', undefined],
      ['focus-ended', 5 * 60_000],
    ]);
  });
});
