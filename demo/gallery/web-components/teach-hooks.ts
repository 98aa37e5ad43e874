// What the tests' ground truth asks of this console, answered from the
// components' own state: items by conversation id, parts inside shadow roots.
import type { ConsoleHooks } from '../shared/ground-truth.ts';
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { SupportConsole } from './support-console.ts';

export function teachHooks(app: SupportConsole, sim: GallerySim): ConsoleHooks {
  return {
    rowOf: (id) => app.inbox.itemFor(id),
    // Each item's <time> carries its last message's full timestamp.
    rowTimeProves: (at, now) => Math.max(0, now - at),
    rowShowsSeconds: (id) => (sim.get(id)?.messages.length ?? 0) > 0,
    composerText: () => (sim.openId() === null ? null : app.composer.value),
    open: (id) => app.openConversation(id),
    inNoteMode: () => sim.openId() !== null && app.composer.mode === 'note',
    teachTargets: () => {
      const openId = sim.openId();
      const waiting = app.inbox
        .shownOrder()
        .find((item) => item.conversation && item.conversation.unread > 0 && item.conversation.id !== openId);
      const open = openId !== null;
      /** The composer's Reply / Internal note tab, inside its shadow root. */
      const tab = (mode: 'reply' | 'note') =>
        open ? (app.composer.shadowRoot?.querySelector(`[role="tab"][data-mode="${mode}"]`) ?? null) : null;
      return {
        row: waiting ?? null,
        name: waiting?.nameElement ?? null,
        unread: waiting?.badgeElement ?? null,
        preview: waiting?.previewElement ?? null,
        time: waiting?.shadowRoot?.querySelector('time') ?? null,
        customerBubble: open ? (app.thread.lastMessageOf('customer')?.textElement ?? null) : null,
        operatorBubble: open ? (app.thread.lastMessageOf('operator')?.textElement ?? null) : null,
        composer: open ? app.composer.textarea : null,
        send: open ? app.composer.sendButton : null,
        noteSwitch: tab('note'),
        replySwitch: app.composer.mode === 'note' ? tab('reply') : null,
      };
    },
  };
}
