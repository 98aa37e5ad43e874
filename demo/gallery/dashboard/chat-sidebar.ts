// The left column: the phone layout's compact list (hidden on desktop) and
// the Pending / Active tabs, both tab lists always in the DOM, the inactive
// one hidden. Pending: customers waiting for a reply, longest wait first;
// active: answered chats, latest message first.
import { lastMessage, waitingSince, type GallerySim } from '../shared/gallery-sim.ts';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';
import { ChatRowTable, type ListKind } from './chat-row-table.ts';
import { CompactChatList } from './compact-chat-list.ts';
import type { DashboardStrings } from './dashboard-strings.ts';
import { el, setText } from './dom.ts';

const lastAt = (conversation: GalleryConversation) => lastMessage(conversation)?.at ?? 0;

export class ChatSidebar {
  readonly element: HTMLElement;
  readonly tables: Record<ListKind, ChatRowTable>;
  private readonly compact: CompactChatList;
  private readonly links = {} as Record<
    ListKind,
    { link: HTMLAnchorElement; count: HTMLElement; pane: HTMLElement }
  >;
  private shown: ListKind = 'pending';

  constructor(
    private readonly sim: GallerySim,
    lang: Lang,
    strings: DashboardStrings,
    onOpen: (id: string) => void,
  ) {
    this.element = el('aside', 'sidebar');
    this.compact = new CompactChatList(lang, strings, onOpen);
    this.tables = {
      pending: new ChatRowTable('pending', lang, strings, onOpen),
      active: new ChatRowTable('active', lang, strings, onOpen),
    };
    const lists = el('div', 'chat-lists');
    const nav = el('ul', 'nav nav-tabs');
    const content = el('div', 'tab-content');
    for (const kind of ['pending', 'active'] as const) {
      const item = el('li', 'nav-item');
      const link = el('a', 'nav-link', kind === 'pending' ? strings.pending : strings.active);
      link.href = `#${kind}-chats`;
      const count = el('span', `badge badge-count badge-${kind}`);
      link.append(' ', count);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.show(kind);
      });
      item.append(link);
      nav.append(item);
      const pane = el('div', 'tab-pane');
      pane.id = `${kind}-chats`;
      pane.append(this.tables[kind].element);
      content.append(pane);
      this.links[kind] = { link, count, pane };
    }
    lists.append(el('h2', 'sidebar-title', strings.myChats), nav, content);
    this.element.append(this.compact.element, lists);
    this.show('pending');
  }

  render(now: number): void {
    const all = this.sim.conversations();
    const pending = all
      .filter((conversation) => waitingSince(conversation) !== null)
      .sort((a, b) => waitingSince(a)! - waitingSince(b)!);
    const active = all
      .filter((conversation) => waitingSince(conversation) === null)
      .sort((a, b) => lastAt(b) - lastAt(a));
    const openId = this.sim.openId();
    this.tables.pending.render(pending, openId, now);
    this.tables.active.render(active, openId, now);
    setText(this.links.pending.count, String(pending.length));
    setText(this.links.active.count, String(active.length));
    this.compact.render([...pending, ...active], now);
  }

  tick(now: number): void {
    this.tables.pending.tick(now);
    this.tables.active.tick(now);
    this.compact.tick(now);
  }

  /** The tab whose list is on screen. */
  shownKind(): ListKind {
    return this.shown;
  }

  /** The conversation's row in the tab lists (whichever holds it; maybe in the hidden tab). */
  rowOf(id: string): HTMLTableRowElement | null {
    return this.tables.pending.row(id) ?? this.tables.active.row(id);
  }

  private show(kind: ListKind): void {
    this.shown = kind;
    for (const key of ['pending', 'active'] as const) {
      this.links[key].link.classList.toggle('active', key === kind);
      this.links[key].pane.classList.toggle('active', key === kind);
    }
  }
}
