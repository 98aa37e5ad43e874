// The ground-truth hooks for tests: rows from the tab lists (not the hidden
// compact copy), the current tab's pane and composer.
import { waitingSince, type GallerySim } from '../shared/gallery-sim.ts';
import type { ConsoleHooks } from '../shared/ground-truth.ts';
import type { ChatSidebar } from './chat-sidebar.ts';
import type { ChatWorkspace } from './chat-workspace.ts';
import { provenAge } from './dashboard-format.ts';

export function dashboardHooks(
  sim: GallerySim,
  sidebar: ChatSidebar,
  workspace: ChatWorkspace,
): ConsoleHooks {
  /** The open chat's "Internal note" checkbox, in its own pane. */
  const noteBox = () =>
    workspace.currentPane()?.element.querySelector<HTMLInputElement>('.note-toggle input') ?? null;
  return {
    rowOf: (id) => sidebar.rowOf(id),
    inNoteMode: () => noteBox()?.checked ?? false,
    rowTimeProves: provenAge,
    // Pending prints the customer's wait to the second ("06 m. 20 s."); Active only "3 min ago".
    rowShowsSeconds: (id) => {
      const conversation = sim.get(id);
      return (
        sidebar.shownKind() === 'pending' && conversation !== undefined && waitingSince(conversation) !== null
      );
    },
    composerText: () => workspace.currentPane()?.composer.value ?? null,
    teachTargets: () => {
      const kind = sidebar.shownKind();
      const table = sidebar.tables[kind];
      const id = table.firstUnread(sim.openId());
      const parts = id !== null ? table.parts(id) : null;
      const pane = workspace.currentPane();
      // The last message's age: Pending shows it after the wait, Active right after the visitor.
      const cells = (parts?.row as HTMLTableRowElement | undefined)?.cells;
      return {
        row: parts?.row ?? null,
        name: parts?.name ?? null,
        unread: parts?.unread ?? null,
        preview: null,
        time: cells?.[kind === 'pending' ? 2 : 1] ?? null,
        customerBubble: pane?.lastBody('customer') ?? null,
        operatorBubble: pane?.lastBody('operator') ?? null,
        composer: pane?.composer ?? null,
        send: pane?.sendButton ?? null,
        // One checkbox both ways: a click turns notes on, the next one off.
        noteSwitch: noteBox()?.checked ? null : noteBox(),
        replySwitch: noteBox()?.checked ? noteBox() : null,
      };
    },
    open: (id) => workspace.open(id),
  };
}
