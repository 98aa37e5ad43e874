import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../lib/domain/stats/metrics';
import {
  focusEventRow,
  trackerEventRows,
  type RowContext,
} from '../../../../lib/domain/stats/tracker-event-rows';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const SITE = 'https://desk.example';

const context: RowContext = {
  operator: 'op-7f3a',
  conversation: (event) => `hash(${event.key})`,
  priority: (event) => (event.key === 'vip' ? 'vip' : 'normal'),
};

describe('statistics rows from tracker events', () => {
  it("counts a conversation's first answer as a first response and as a reply, each with its own time", () => {
    const rows = trackerEventRows(
      [
        { type: 'customer-message', site: SITE, key: 'a', at: T0 },
        { type: 'reply', site: SITE, key: 'a', at: T0 + 4 * MIN, replyMs: 4 * MIN, firstResponseMs: 4 * MIN },
        { type: 'customer-message', site: SITE, key: 'a', at: T0 + 10 * MIN },
        { type: 'reply', site: SITE, key: 'a', at: T0 + 12 * MIN, replyMs: 2 * MIN, firstResponseMs: null },
      ],
      context,
    );
    expect(rows.map((row) => row.type)).toEqual([
      'customer-message',
      'first-response',
      'reply',
      'customer-message',
      'reply',
    ]);
    const metrics = computeMetrics(rows, { from: T0, to: T0 + 60 * MIN, timeZone: 'UTC' });
    expect(metrics.firstResponse).toMatchObject({ count: 1, median: 4 * MIN });
    expect(metrics.reply).toMatchObject({ count: 2, max: 4 * MIN });
  });

  it('carries how long the customer had waited when a threshold was crossed or the wait was dismissed', () => {
    const rows = trackerEventRows(
      [
        { type: 'breach', site: SITE, key: 'vip', at: T0 + 10 * MIN, waitingSince: T0 },
        { type: 'dismissed', site: SITE, key: 'b', at: T0 + 7 * MIN, waitingSince: T0 + 2 * MIN },
        { type: 'dismissed', site: SITE, key: 'c', at: T0 + 7 * MIN, waitingSince: null },
      ],
      context,
    );
    expect(rows).toEqual([
      {
        at: T0 + 10 * MIN,
        type: 'breach',
        site: SITE,
        operator: 'op-7f3a',
        conversation: 'hash(vip)',
        priority: 'vip',
        waitMs: 10 * MIN,
      },
      expect.objectContaining({ type: 'dismissed', conversation: 'hash(b)', waitMs: 5 * MIN }),
      expect.not.objectContaining({ waitMs: expect.anything() }),
    ]);
  });

  it('records a focus period with how long it lasted, outside any conversation', () => {
    const rows = [
      focusEventRow('focus-started', T0, 'op-1'),
      focusEventRow('focus-ended', T0 + 30 * MIN, 'op-1', 30 * MIN),
    ];
    expect(rows[0]).not.toHaveProperty('focusMs');
    expect(rows[1]).toMatchObject({ site: '', conversation: '', focusMs: 30 * MIN });
    const metrics = computeMetrics(rows, { from: T0, to: T0 + 60 * MIN, timeZone: 'UTC' });
    expect(metrics.focus).toEqual({ sessions: 1, totalMs: 30 * MIN });
  });
});
