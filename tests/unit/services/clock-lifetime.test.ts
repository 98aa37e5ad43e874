import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings } from '../../../lib/domain/settings';
import { createClockService } from '../../../lib/services/clock-service';
import type { PushMessage } from '../../../lib/messaging/protocol';
import { clockServiceForTests, observation, row, SITE, T0 } from '../../fixtures/clock-service-setup';

const OTHER = 'https://other.test';
const setup = clockServiceForTests();

const DAY = 86_400_000;

/** Everything the database holds, as text: what a person with the disk could read. */
async function storedText(t: ReturnType<typeof setup>): Promise<string> {
  const tables = await Promise.all(t.db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

describe('a month-old database', () => {
  it('a clock unseen for a day stays on disk at a wake, and goes on where it was when its row comes back', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 }), row('b', { unread: 0 })]), 7);
    t.advance(DAY);
    // The service worker starts again: a fresh service over the same database.
    const woken = createClockService(t.deps);
    expect((await woken.overview()).sites.flatMap((site) => site.records)).toEqual([]);
    // The customer's row is back in the console, unchanged: the same wait, not a new first sight.
    await woken.observe(observation([row('a', { unread: 1 })]), 7);
    const [a] = (await woken.overview()).sites.flatMap((site) => site.records);
    expect(a).toMatchObject({ key: 'a', waitingSince: T0 });
    expect(await t.db.conversations.count()).toBe(2);
  });

  it('ages at start-up only when a day has passed since it last did (it reads every clock)', async () => {
    const t = setup(applySettingsPatch(defaultSettings, { retentionDays: 1 }));
    await t.service.observe(observation([row('a', { unread: 0 })]), 7);
    t.advance(12 * 3_600_000);
    expect(await t.service.age({ onlyIfDue: true })).toEqual({ removed: 0, renamed: 0 });
    // Past the retention now, but aged 13 hours ago: a start-up leaves it for the daily alarm.
    t.advance(13 * 3_600_000);
    expect(await t.service.age({ onlyIfDue: true })).toBeNull();
    expect(await t.db.conversations.count()).toBe(1);
    expect(await t.service.age()).toEqual({ removed: 1, renamed: 0 });
    expect(await t.db.conversations.count()).toBe(0);
    // A day later a start-up ages again.
    t.advance(DAY);
    expect(await t.service.age({ onlyIfDue: true })).toEqual({ removed: 0, renamed: 0 });
  });
});

describe("customer data's lifetime in the clock records", () => {
  it('never stores what a customer wrote: previews and messages are kept as fingerprints only', async () => {
    const t = setup();
    const words = ['Где мой заказ 7731', 'refund for parcel LX-99', 'Спасибо, жду ответа'];
    await t.service.observe(
      {
        ...observation([
          row('a', { unread: 1, preview: words[0]!, previewAuthor: 'customer', active: true }),
          row('b', { unread: 2, preview: words[1]!, previewAuthor: 'customer' }),
        ]),
        chat: {
          key: 'a',
          messages: [
            { id: null, author: 'customer', text: words[0]!, at: T0 - 60_000 },
            { id: null, author: 'customer', text: words[2]!, at: T0 - 30_000 },
          ],
        },
      },
      7,
    );
    t.advance(10 * 60_000);
    await t.service.tick(); // alerts and statistics written too
    const stored = await storedText(t);
    expect(stored).toContain('Customer a'); // names live while their clocks do (below)
    for (const text of words) expect(stored).not.toContain(text);
    for (const fragment of ['7731', 'LX-99', 'жду ответа']) expect(stored).not.toContain(fragment);
  });

  it('drops a name a day after its row was last seen (unless the customer waits), and the clock past the retention', async () => {
    const t = setup(applySettingsPatch(defaultSettings, { retentionDays: 30 }));
    await t.service.observe(
      observation([
        row('waits', { unread: 1 }),
        row('answered', { unread: 0, preview: 'ok', previewAuthor: 'operator' }),
      ]),
      7,
    );
    t.advance(DAY + 60_000);
    expect(await t.service.age()).toEqual({ removed: 0, renamed: 1 });
    const names = Object.fromEntries((await t.db.conversations.toArray()).map((r) => [r.key, r.name]));
    expect(names).toEqual({ waits: 'Customer waits', answered: null });
    // The overlay is told at once: its copy of the clocks is replaced.
    expect(t.pushes.at(-1)).toMatchObject({ tabId: 7, message: { type: 'clocks', replace: true } });

    t.advance(30 * DAY);
    expect(await t.service.age()).toEqual({ removed: 2, renamed: 0 });
    expect(await t.db.conversations.count()).toBe(0);
    expect((await t.service.overview()).sites.flatMap((site) => site.records)).toEqual([]);
  });

  it('a row seen again brings its name back from the page', async () => {
    const t = setup();
    const seen = observation([row('a', { unread: 0 })]);
    await t.service.observe(seen, 7);
    t.advance(2 * DAY);
    await t.service.age();
    expect((await t.db.conversations.toArray())[0]!.name).toBeNull();
    await t.service.observe(seen, 7);
    expect((await t.db.conversations.toArray())[0]!.name).toBe('Customer a');
  });

  it("forgets a disabled site's clocks, and only that site's", async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    await t.service.observe({ ...observation([row('b', { unread: 1 })]), site: OTHER }, 8);
    expect(await t.service.forgetSite(SITE)).toBe(1);
    expect((await t.db.conversations.toArray()).map((r) => [r.site, r.key])).toEqual([[OTHER, 'b']]);
    expect(t.pushes.at(-1)).toMatchObject({ tabId: 7, message: { type: 'clocks', replace: true } });
  });

  it('"Clear all statistics" forgets every clock and the last focus summary (it names customers)', async () => {
    const t = setup();
    await t.service.startFocus(30);
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(31 * 60_000);
    await t.service.tick();
    expect((await t.service.focusState()).summary?.map((entry) => entry.name)).toEqual(['Customer a']);
    expect(await t.service.forgetAll()).toBe(1);
    expect(await t.db.conversations.count()).toBe(0);
    expect((await t.service.focusState()).summary).toBeNull();
    expect(await storedText(t)).not.toContain('Customer a');
  });
});

describe('nothing readable across sites', () => {
  it("a helpdesk tab gets the focus summary of its own site only; the popup's overview has all", async () => {
    const t = setup();
    await t.service.startFocus(30);
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    await t.service.observe({ ...observation([row('b', { unread: 1 })]), site: OTHER }, 8);
    t.advance(31 * 60_000);
    await t.service.tick();
    const summaries = (tabId: number | 'all') =>
      t.pushes
        .filter((push) => push.tabId === tabId && push.message.type === 'focus')
        .map((push) => (push.message.type === 'focus' ? push.message.summary : null));
    expect(
      summaries(7)
        .at(-1)
        ?.map((entry) => entry.name),
    ).toEqual(['Customer a']);
    expect(
      summaries(8)
        .at(-1)
        ?.map((entry) => entry.name),
    ).toEqual(['Customer b']);
    expect(summaries('all').every((summary) => summary === null)).toBe(true);
    expect((await t.service.overview()).lastFocusSummary?.map((entry) => entry.site).sort()).toEqual(
      [OTHER, SITE].sort(),
    );
    // A tab that comes back (reload) gets its own site's part again, no other.
    t.service.tabClosed(7);
    await t.service.observe(observation([row('a', { unread: 0 })]), 9);
    expect(
      summaries(9)
        .at(-1)
        ?.map((entry) => entry.site),
    ).toEqual([SITE]);
  });
});

describe('a tab that goes on from one helpdesk to another', () => {
  it("hears nothing more of the first site's customers: neither on greeting nor later", async () => {
    const t = setup();
    await t.service.startFocus(30);
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(31 * 60_000);
    await t.service.tick(); // the focus summary names Customer a
    // The same tab now shows the other site's desk, whose overlay connects before its first look.
    const greeted: PushMessage[] = [];
    await t.service.greet(7, OTHER, (message) => greeted.push(message));
    expect(JSON.stringify(greeted)).not.toContain('Customer a');
    expect(greeted).toEqual([{ type: 'focus', focus: null, summary: null }]);
    const before = t.pushes.length;
    await t.service.observe(observation([row('a', { unread: 2 }), row('c', { unread: 1 })]), 8);
    await t.service.dismiss(SITE, 'a');
    expect(t.pushes.slice(before).filter((push) => push.tabId === 7)).toEqual([]);
    await expect(t.service.jumpTo(SITE, 'c')).resolves.toBeNull();
    expect(t.focused).toEqual([8]);
  });

  it('a reload on the same site is greeted with its own clocks and summary, as before', async () => {
    const t = setup();
    await t.service.startFocus(30);
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(31 * 60_000);
    await t.service.tick();
    const greeted: PushMessage[] = [];
    await t.service.greet(7, SITE, (message) => greeted.push(message));
    expect(greeted.map((message) => message.type)).toEqual(['focus', 'clocks']);
    expect(JSON.stringify(greeted)).toContain('Customer a');
  });
});

describe('writes that fail', () => {
  it('keeps a clock whose write failed (a full disk), says so in the overview, and writes it on the next wake', async () => {
    const t = setup();
    const putMany = t.deps.conversations.putMany;
    let full = true;
    t.deps.conversations.putMany = async (records) => {
      if (full) throw new DOMException('The disk is full', 'QuotaExceededError');
      return putMany(records);
    };
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    expect(await t.db.conversations.count()).toBe(0);
    const troubled = await t.service.overview();
    expect(troubled.storageProblem).toMatchObject({ since: T0, unsaved: 1 });
    expect(troubled.storageProblem?.reason).toMatch(/QuotaExceededError/);
    // The overlay still shows the clock: nothing was dropped.
    expect(troubled.sites[0]!.records.map((record) => record.key)).toEqual(['a']);

    full = false;
    t.advance(60_000);
    await t.service.tick();
    expect((await t.db.conversations.toArray()).map((record) => record.waitingSince)).toEqual([T0]);
    expect((await t.service.overview()).storageProblem).toBeNull();
  });

  it('writes a reply and its clock together: a failed statistics write leaves the clock unanswered too, and the retry counts the reply once', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    let full = true;
    // The disk fills up between the clock's write and its statistics' write.
    t.db.events.hook('creating', () => {
      if (full) throw new DOMException('The disk is full', 'QuotaExceededError');
    });

    t.advance(3 * 60_000);
    await t.service.observe(
      observation([row('a', { unread: 0, preview: 'Sorted!', previewAuthor: 'operator' })]),
      7,
    );
    // Neither half: the stored clock still waits, no reply is counted.
    expect((await t.db.conversations.get([SITE, 'a']))?.waitingSince).toBe(T0);
    expect((await t.events()).map((event) => event.type)).toEqual(['customer-message']);
    const troubled = await t.service.overview();
    expect(troubled.storageProblem).toMatchObject({ since: T0 + 3 * 60_000, unsaved: 1 });
    expect(troubled.storageProblem?.reason).toMatch(/QuotaExceededError/);
    // The overlay shows the answer at once: nothing was dropped.
    expect(troubled.sites[0]!.records[0]!.waitingSince).toBeNull();

    full = false;
    t.advance(60_000);
    await t.service.tick();
    await t.service.tick();
    expect((await t.db.conversations.get([SITE, 'a']))?.waitingSince).toBeNull();
    const events = await t.events();
    expect(events.map((event) => [event.type, event.replyMs ?? event.firstResponseMs ?? null])).toEqual([
      ['customer-message', null],
      ['first-response', 3 * 60_000],
      ['reply', 3 * 60_000],
    ]);
    expect((await t.service.overview()).storageProblem).toBeNull();
  });
});
