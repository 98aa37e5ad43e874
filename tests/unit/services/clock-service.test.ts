import type { PushMessage } from '../../../lib/messaging/protocol';
import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings } from '../../../lib/domain/settings';
import { createClockService } from '../../../lib/services/clock-service';
import { computeMetrics } from '../../../lib/domain/stats/metrics';
import { clockServiceForTests, observation, row, SITE, T0 } from '../../fixtures/clock-service-setup';

const setup = clockServiceForTests();

describe('clock service', () => {
  it('starts a clock for a customer who waits and pushes it to the tab', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    const clocks = t.pushes.find((push) => push.tabId === 7 && push.message.type === 'clocks');
    expect(clocks).toBeDefined();
    const record = (await t.db.conversations.toArray())[0]!;
    expect(record.waitingSince).toBe(T0);
    // The next wake-up is the warn threshold (5 minutes by default).
    expect(t.scheduled.at(-1)).toBe(T0 + 5 * 60_000);
  });

  it('sends a tab that just opened its site all of its clocks once, and the other tabs only what changed', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.pushes.length = 0;
    t.advance(60_000);
    // Tab 8 opens the same console and sees a new customer besides a.
    await t.service.observe(observation([row('a', { unread: 1 }), row('b', { unread: 1 })]), 8);
    const clocks = t.pushes.flatMap((push) =>
      push.message.type === 'clocks'
        ? [
            {
              tabId: push.tabId,
              replace: push.message.replace,
              keys: push.message.clocks.records.map((r) => r.key),
            },
          ]
        : [],
    );
    expect(clocks.filter((push) => push.tabId === 8)).toEqual([
      { tabId: 8, replace: true, keys: ['a', 'b'] },
    ]);
    expect(clocks.filter((push) => push.tabId === 7)).toEqual([
      { tabId: 7, replace: false, keys: expect.arrayContaining(['b']) as string[] },
    ]);
  });

  it('logs a breach once, notifies once, and counts it on the toolbar badge', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(10 * 60_000);
    await t.service.tick();
    t.advance(30_000);
    await t.service.tick();
    const breaches = (await t.events()).filter((event) => event.type === 'breach');
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.conversation).toBe(`h(${SITE}|a)`);
    expect(t.plans.flatMap((plan) => plan.individual).map((alert) => alert.state)).toEqual(['breach']);
    expect(t.badges.at(-1)).toBe(1);
  });

  it('does not double-count when two tabs of the same helpdesk report the same customer', async () => {
    const t = setup();
    const seen = observation([row('a', { unread: 2, preview: 'hello', previewAuthor: 'customer' })]);
    await t.service.observe(seen, 1);
    await t.service.observe(seen, 2);
    const messages = (await t.events()).filter((event) => event.type === 'customer-message');
    expect(messages).toHaveLength(1);
  });

  it('two tabs of one desk with different chats open do not take turns opening and leaving them', async () => {
    const t = setup();
    const waiting = { unread: 1, preview: 'hello?', previewAuthor: 'customer' as const };
    const tab1 = observation([row('a', { ...waiting, active: true }), row('b', waiting)]);
    const tab2 = observation([row('a', waiting), row('b', { ...waiting, active: true })]);
    for (let round = 0; round < 3; round += 1) {
      await t.service.observe(tab1, 1);
      t.advance(1000);
      await t.service.observe(tab2, 2);
      t.advance(1000);
    }
    const opened = (await t.events()).filter((event) => event.type === 'opened');
    expect(opened.map((event) => event.conversation).sort()).toEqual([`h(${SITE}|a)`, `h(${SITE}|b)`]);
    const records = (await t.service.overview()).sites[0]!.records;
    expect(records.filter((record) => record.leftUnanswered)).toEqual([]);

    // Tab 1 closes: its chat is no longer open anywhere, so the next look at the desk sees it left.
    t.service.tabClosed(1);
    await t.service.observe(tab2, 2);
    const after = (await t.service.overview()).sites[0]!.records;
    expect(after.find((record) => record.key === 'a')!.leftUnanswered).toBe(true);
    expect(after.find((record) => record.key === 'b')!.leftUnanswered).toBe(false);
  });

  it('keeps its clocks across a restart (a new service over the same database)', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(60_000);
    const restarted = createClockService(t.deps);
    const overview = await restarted.overview();
    expect(overview.sites[0]!.records[0]!.waitingSince).toBe(T0);
  });

  it('gives the popup only the clocks its queue can show: a conversation unseen for 12 hours stays out, its site stays listed', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 }), row('closed', { unread: 1 })]), 7);
    t.advance(6 * 3_600_000);
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(7 * 3_600_000);
    const overview = await t.service.overview();
    expect(overview.sites.map((site) => site.site)).toEqual([SITE]);
    expect(overview.sites[0]!.records.map((record) => record.key)).toEqual(['a']);
    // Still kept: its row may come back within the retention period.
    expect(await t.db.conversations.count()).toBe(2);
  });

  it('gives a helpdesk tab only the clocks it can draw: a month of closed conversations stays in the background', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 }), row('closed', { unread: 1 })]), 7);
    t.advance(6 * 3_600_000);
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(7 * 3_600_000);
    const clocksIn = (messages: PushMessage[]) =>
      messages.flatMap((message) =>
        message.type === 'clocks' ? message.clocks.records.map((r) => r.key) : [],
      );
    // A reload of the tab (greeted), a new tab's first look, and new settings: each replaces the tab's clocks.
    const greeted: PushMessage[] = [];
    await t.service.greet(7, SITE, (message) => greeted.push(message));
    expect(clocksIn(greeted)).toEqual(['a']);
    const before = t.pushes.length;
    await t.service.observe(observation([row('a', { unread: 1 })]), 9);
    await t.service.settingsChanged();
    const replaced = t.pushes
      .slice(before)
      .map((push) => push.message)
      .filter((message) => message.type === 'clocks' && message.replace);
    expect(replaced).toHaveLength(3);
    expect(clocksIn(replaced)).toEqual(['a', 'a', 'a']);
  });

  it('clears a conversation the operator dismisses, without recording a reply', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(11 * 60_000);
    await t.service.tick();
    expect(t.badges.at(-1)).toBe(1);
    await t.service.dismiss(SITE, 'a');
    expect((await t.db.conversations.toArray())[0]!.waitingSince).toBeNull();
    const types = (await t.events()).map((event) => event.type);
    expect(types).toContain('dismissed');
    expect(types).not.toContain('reply');
    expect(t.badges.at(-1)).toBe(0);
    // A new message from the customer starts a new wait.
    t.advance(60_000);
    await t.service.observe(observation([row('a', { unread: 2 })]), 7);
    expect((await t.db.conversations.toArray())[0]!.waitingSince).toBe(T0 + 11 * 60_000 + 60_000);
  });

  it('asks the helpdesk tab to chime with an alert when sound is on', async () => {
    const t = setup(
      applySettingsPatch(defaultSettings, {
        notifications: { ...defaultSettings.notifications, sound: true },
      }),
    );
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    t.advance(10 * 60_000);
    await t.service.tick();
    expect(t.pushes.filter((push) => push.message.type === 'sound').map((push) => push.tabId)).toEqual([7]);
  });

  it('jumps to a conversation: brings its tab forward and asks the page to open it', async () => {
    const t = setup();
    await t.service.observe(observation([row('a', { unread: 1 })]), 7);
    await t.service.jumpTo(SITE, 'a');
    expect(t.focused).toEqual([7]);
    expect(t.pushes.at(-1)).toEqual({ tabId: 7, message: { type: 'activate', key: 'a' }, site: SITE });
    t.service.tabClosed(7);
    await expect(t.service.jumpTo(SITE, 'a')).rejects.toThrow(/no longer open/);
  });

  describe('a reply through the console’s own Send', () => {
    it('ends the wait like an operator bubble: reply events, badge, and every tab of the site', async () => {
      const t = setup();
      await t.service.observe(observation([row('a', { unread: 1 }), row('b', { unread: 1 })]), 7);
      await t.service.observe(observation([row('a', { unread: 1 }), row('b', { unread: 1 })]), 8);
      t.advance(11 * 60_000);
      await t.service.tick();
      expect(t.badges.at(-1)).toBe(2);
      t.pushes.length = 0;

      await t.service.replied(SITE, 'a', 7);

      const stored = await t.db.conversations.get([SITE, 'a']);
      expect(stored).toMatchObject({
        waitingSince: null,
        firstResponseAt: T0 + 11 * 60_000,
        lastOperatorAt: T0 + 11 * 60_000,
        awaitingCustomerSince: T0 + 11 * 60_000,
        lastAuthor: 'operator',
      });
      const replies = (await t.events()).filter((e) => e.type === 'reply' || e.type === 'first-response');
      expect(replies.map((e) => [e.type, e.replyMs ?? e.firstResponseMs])).toEqual([
        ['first-response', 11 * 60_000],
        ['reply', 11 * 60_000],
      ]);
      expect(t.badges.at(-1)).toBe(1); // b still waits past the target
      const pushed = t.pushes.filter((push) => push.message.type === 'clocks');
      expect(pushed.map((push) => push.tabId).sort()).toEqual([7, 8]);
      for (const push of pushed) {
        if (push.message.type !== 'clocks') continue;
        expect(push.message.replace).toBe(false);
        expect(push.message.clocks.records.find((r) => r.key === 'a')?.waitingSince).toBeNull();
      }

      // The bubble or "You:" preview that follows the Send is not a second reply.
      t.advance(2_000);
      await t.service.observe(
        observation([
          row('a', { unread: 0, preview: 'Hello!', previewAuthor: 'operator' }),
          row('b', { unread: 1 }),
        ]),
        7,
      );
      expect((await t.events()).filter((e) => e.type === 'reply')).toHaveLength(1);
    });

    it('changes nothing for an unknown conversation, one where nobody waits, or a tab of another site', async () => {
      const t = setup();
      await t.service.observe(observation([row('a', { unread: 1 }), row('quiet')]), 7);
      await t.service.observe({ ...observation([row('x')]), site: 'https://other.test' }, 9);
      const before = await t.db.conversations.toArray();
      const eventsBefore = await t.events();
      t.pushes.length = 0;
      t.advance(60_000);

      await t.service.replied(SITE, 'nobody', 7);
      await t.service.replied(SITE, 'quiet', 7);
      await t.service.replied(SITE, 'a', 9); // tab 9 shows another site
      await t.service.replied('https://other.test', 'a', 9);

      expect(await t.db.conversations.toArray()).toEqual(before);
      expect(await t.events()).toEqual(eventsBefore);
      expect(t.pushes).toEqual([]);
    });

    it('a later customer message starts a new wait', async () => {
      const t = setup();
      await t.service.observe(observation([row('a', { unread: 1 })]), 7);
      t.advance(60_000);
      await t.service.replied(SITE, 'a', 7);
      t.advance(60_000);
      await t.service.observe(observation([row('a', { unread: 2 })]), 7);
      expect((await t.db.conversations.get([SITE, 'a']))?.waitingSince).toBe(T0 + 2 * 60_000);
    });
  });

  describe('statistics events', () => {
    const day = { from: T0 - 3_600_000, to: T0 + 3_600_000, timeZone: 'UTC' };

    it('records a wait, its alerts and the reply so the stats page shows them', async () => {
      const t = setup();
      await t.service.observe(observation([row('a', { unread: 1 })]), 7);
      t.advance(10 * 60_000);
      await t.service.tick();
      t.advance(60_000);
      await t.service.observe(
        observation([row('a', { unread: 0, preview: 'Done!', previewAuthor: 'operator' })]),
        7,
      );
      const events = await t.events();
      expect(events.map((event) => event.type)).toEqual([
        'customer-message',
        'warn',
        'breach',
        'first-response',
        'reply',
      ]);
      for (const event of events) {
        expect(event).toMatchObject({ operator: 'op-test', site: SITE, priority: 'normal' });
        // Only the salted hash: never the customer's name or the text.
        expect(JSON.stringify(event)).not.toMatch(/Customer a|Done/);
      }
      const metrics = computeMetrics(events, day);
      expect(metrics.reply.median).toBe(11 * 60_000);
      expect(metrics.firstResponse.median).toBe(11 * 60_000);
      expect(metrics.breaches).toEqual({ count: 1, rate: 1 });
      expect(metrics.breachList[0]!.waitMs).toBe(11 * 60_000);
      expect(metrics.conversationsHandled).toBe(1);
    });

    it('records a dismissal with how long the customer had waited', async () => {
      const t = setup();
      await t.service.observe(observation([row('a', { unread: 1 })]), 7);
      t.advance(3 * 60_000);
      await t.service.dismiss(SITE, 'a');
      const dismissed = (await t.events()).find((event) => event.type === 'dismissed');
      expect(dismissed?.waitMs).toBe(3 * 60_000);
      expect(computeMetrics(await t.events(), day).peakWaiting.count).toBe(1);
    });
  });
});
