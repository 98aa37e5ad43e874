// The ground-truth hooks for tests: rows by their option ids, parts by the
// refs the components keep, the draft from React state.
import type { ConsoleHooks } from '../shared/ground-truth.ts';
import type { GallerySim } from '../shared/gallery-sim.ts';
import { openParts, optionParts } from './inbox-elements.ts';

export function installInboxTruth(sim: GallerySim): ConsoleHooks {
  /** The top-most option (in list order) with unread messages that is not open. */
  const unreadParts = () => {
    const options = [...document.querySelectorAll('[role="listbox"] > [role="option"]')];
    for (const option of options) {
      const id = option.id.replace('conversation-', '');
      if (id === sim.openId() || (sim.get(id)?.unread ?? 0) === 0) continue;
      const parts = optionParts.get(id);
      if (parts) return parts;
    }
    return null;
  };
  /** The reply box's Reply and Note tabs, in that order (the row of buttons above the textarea). */
  const tabs = () => [...(openParts.composer?.previousElementSibling?.querySelectorAll('button') ?? [])];
  return {
    rowOf: (id) => document.getElementById(`conversation-${id}`),
    // Each option's <time> carries its last message's full timestamp.
    rowTimeProves: (at, now) => Math.max(0, now - at),
    rowShowsSeconds: (id) => (sim.get(id)?.messages.length ?? 0) > 0,
    inNoteMode: () => openParts.noteMode(),
    composerText: () => (sim.openId() === null ? null : openParts.draft()),
    teachTargets: () => {
      const parts = unreadParts();
      const open = sim.openId() !== null;
      return {
        row: parts?.row ?? null,
        name: parts?.name ?? null,
        unread: parts?.dot ?? null,
        preview: parts?.preview ?? null,
        time: parts?.row?.querySelector('time') ?? null,
        customerBubble: open ? openParts.customerBubble : null,
        operatorBubble: open ? openParts.operatorBubble : null,
        composer: open ? openParts.composer : null,
        send: open ? openParts.send : null,
        noteSwitch: open ? (tabs()[1] ?? null) : null,
        replySwitch: open && openParts.noteMode() ? (tabs()[0] ?? null) : null,
      };
    },
  };
}
