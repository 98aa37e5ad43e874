// The phone layout's single list of every chat. It is always rendered and
// CSS hides it on wide screens, so at desktop width the same chats exist in
// the DOM twice: here (hidden, first in the document) and in the tab lists.
import { lastMessage, waitingSince } from '../shared/gallery-sim.ts';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';
import { formatAgo, formatWait, rowTitle } from './dashboard-format.ts';
import type { DashboardStrings } from './dashboard-strings.ts';
import { el, setText } from './dom.ts';

interface CompactView {
  conversation: GalleryConversation;
  row: HTMLDivElement;
  name: HTMLElement;
  time: HTMLElement;
  badge: HTMLElement;
}

export class CompactChatList {
  readonly element: HTMLDivElement;
  private readonly list: HTMLDivElement;
  private readonly views = new Map<string, CompactView>();

  constructor(
    private readonly lang: Lang,
    strings: DashboardStrings,
    private readonly onOpen: (id: string) => void,
  ) {
    this.element = el('div', 'chats-compact');
    this.list = el('div', 'compact-list');
    this.element.append(el('div', 'compact-head', strings.allChats), this.list);
  }

  render(conversations: readonly GalleryConversation[], now: number): void {
    const keep = new Set(conversations.map((conversation) => conversation.id));
    for (const [id, view] of this.views) {
      if (keep.has(id)) continue;
      view.row.remove();
      this.views.delete(id);
    }
    for (const conversation of conversations) {
      const view = this.views.get(conversation.id) ?? this.create(conversation);
      view.conversation = conversation;
      const title = rowTitle(conversation.id, conversation.name, this.lang);
      if (view.row.title !== title) view.row.title = title;
      setText(view.name, conversation.vip ? `★ ${conversation.name}` : conversation.name);
      view.badge.hidden = conversation.unread === 0;
      setText(view.badge, String(conversation.unread));
      this.patchTime(view, now);
      this.list.append(view.row);
    }
  }

  tick(now: number): void {
    for (const view of this.views.values()) this.patchTime(view, now);
  }

  private create(conversation: GalleryConversation): CompactView {
    const row = el('div', 'compact-row');
    const name = el('span', 'compact-name');
    const time = el('span', 'compact-time');
    const badge = el('span', 'badge badge-unread');
    row.append(name, badge, time);
    row.addEventListener('click', () => this.onOpen(conversation.id));
    const view = { conversation, row, name, time, badge };
    this.views.set(conversation.id, view);
    return view;
  }

  private patchTime(view: CompactView, now: number): void {
    const since = waitingSince(view.conversation);
    const last = lastMessage(view.conversation);
    const text =
      since !== null ? formatWait(now - since, this.lang) : last ? formatAgo(now - last.at, this.lang) : '';
    setText(view.time, text);
  }
}
