import { describe, expect, it, vi } from 'vitest';
import { request } from '../../../lib/messaging/client';
import { parseStatsFile } from '../../../lib/domain/stats/parse-stats-file';
import { contentScript, sendMessagesAs } from '../../setup/fake-sender';
import { backgroundForTests } from '../../setup/test-background';

const T0 = Date.UTC(2026, 2, 10, 9, 0);
const DAY = 86_400_000;
const start = backgroundForTests('nz-stats-bg');

const base = {
  site: 'https://desk.example',
  operator: 'op-test',
  conversation: 'c1',
  priority: 'normal' as const,
};

describe('statistics requests', () => {
  it('answers getStats, exports the same events and clears them', async () => {
    const app = start();
    await app.db.events.bulkAdd([
      { ...base, at: T0, type: 'customer-message' },
      { ...base, at: T0 + 120_000, type: 'reply', replyMs: 120_000 },
    ]);
    const range = { from: T0 - DAY, to: T0 + DAY };
    const stats = await request('getStats', { ...range, timeZone: 'Europe/Moscow' });
    expect(stats.metrics.reply).toMatchObject({ count: 1, median: 120_000 });
    expect(stats.operator).toMatch(/^op-[0-9a-f]{4}$/);
    expect(stats.oldestAt).toBe(T0);

    const file = await request('exportStats', { ...range, format: 'json', alias: 'Team-3' });
    const parsed = parseStatsFile(file.text, T0 + DAY);
    expect(parsed.ok && parsed.file.events.map((event) => [event.type, event.operator])).toEqual([
      ['customer-message', 'Team-3'],
      ['reply', 'Team-3'],
    ]);
    expect(await request('clearStats', null)).toEqual({ deleted: 2, clocks: 0 });
    expect((await request('getStats', { ...range, timeZone: 'Europe/Moscow' })).metrics.reply.count).toBe(0);
  });

  it('refuses a bad query with a message', async () => {
    start();
    await expect(request('getStats', { from: 5, to: 1, timeZone: 'UTC' })).rejects.toThrow(/range/);
  });

  it('records which template was used, for whom only as a salted hash', async () => {
    const app = start();
    // The palette in the helpdesk's tab.
    sendMessagesAs(contentScript('https://desk.example/chats/12'));
    // The starter library is installed in the background just after start.
    const template = await vi.waitFor(async () => {
      const [first] = await request('listTemplates', null);
      if (!first) throw new Error('no templates yet');
      return first;
    });
    await request('recordTemplateUse', {
      id: template.id,
      site: 'https://desk.example',
      key: 'Мария Иванова',
      variant: 0,
    });
    const [event] = await app.db.events.where('type').equals('template-used').toArray();
    expect(event).toMatchObject({ template: template.id, site: 'https://desk.example' });
    expect(event!.operator).toMatch(/^op-/);
    expect(event!.conversation).toMatch(/^[0-9a-f]{24}$/);
    expect(JSON.stringify(event)).not.toContain('Мария');
  });
});
