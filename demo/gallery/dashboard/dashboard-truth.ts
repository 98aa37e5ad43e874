// The ground-truth hooks for tests: rows from the tab lists (not the hidden
// compact copy), the current tab's pane and composer.
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { ConsoleHooks } from '../shared/ground-truth.ts';
import type { ChatSidebar } from './chat-sidebar.ts';
import type { ChatWorkspace } from './chat-workspace.ts';
import { provenAge } from './dashboard-format.ts';

export function dashboardHooks(
  sim: GallerySim,
  sidebar: ChatSidebar,
  workspace: ChatWorkspace,
): ConsoleHooks {
  return {
    rowOf: (id) => sidebar.rowOf(id),
    rowTimeProves: provenAge,
    composerText: () => workspace.currentPane()?.composer.value ?? null,
    teachTargets: () => {
      const table = sidebar.tables[sidebar.shownKind()];
      const id = table.firstUnread(sim.openId());
      const parts = id !== null ? table.parts(id) : null;
      const pane = workspace.currentPane();
      return {
        row: parts?.row ?? null,
        name: parts?.name ?? null,
        unread: parts?.unread ?? null,
        preview: null,
        customerBubble: pane?.lastBody('customer') ?? null,
        operatorBubble: pane?.lastBody('operator') ?? null,
        composer: pane?.composer ?? null,
        send: pane?.sendButton ?? null,
      };
    },
    open: (id) => workspace.open(id),
  };
}
