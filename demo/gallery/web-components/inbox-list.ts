// <inbox-list>: the sessions, newest activity first, in its own shadow root.
// Items are keyed by conversation id and moved, not recreated, when the order
// changes, so each keeps its shadow root (Lit's repeat directive does the same).
import { byLastActivity } from '../shared/by-last-activity.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { t } from './i18n.ts';
import { InboxItem } from './inbox-item.ts';
import { LiteElement } from './lite-element.ts';

const STYLE = `
:host { display: flex; flex-direction: column; min-height: 0; background: #fff; }
header { flex: none; padding: 10px 14px; border-bottom: 1px solid #dddbda; white-space: nowrap; }
h2 { margin: 0 0 2px; font-size: 15px; font-weight: 700; color: #181818; }
.sub { display: flex; gap: 10px; font-size: 12px; }
.count { color: #706e6b; }
.unread-total { margin-left: auto; font-weight: 600; color: #ba0517; }
.scroller { flex: 1; overflow-y: auto; }
`;

export class InboxList extends LiteElement {
  private list: readonly GalleryConversation[] = [];
  private active: string | null = null;
  private readonly items = new Map<string, InboxItem>();
  private parts: { scroller: HTMLElement; count: HTMLElement; unread: HTMLElement } | null = null;

  set conversations(value: readonly GalleryConversation[]) {
    this.list = value;
    this.requestUpdate();
  }

  set activeId(value: string | null) {
    this.active = value;
    this.requestUpdate();
  }

  /** The rendered item of a session, if it is in the list. */
  itemFor(id: string): InboxItem | null {
    const item = this.items.get(id);
    return item?.isConnected ? item : null;
  }

  /** Sessions in the order they are shown. */
  shownOrder(): InboxItem[] {
    return this.parts ? [...this.parts.scroller.children].filter((el) => el instanceof InboxItem) : [];
  }

  protected update(): void {
    const parts = this.parts ?? this.stamp();
    const sorted = byLastActivity(this.list);
    const strings = t();
    parts.count.textContent = strings.sessions(sorted.length);
    const unread = sorted.reduce((sum, conversation) => sum + conversation.unread, 0);
    parts.unread.textContent = unread ? strings.unreadTitle(unread) : '';
    sorted.forEach((conversation, index) => {
      let item = this.items.get(conversation.id);
      if (!item) {
        item = document.createElement('inbox-item') as InboxItem;
        item.setAttribute('role', 'listitem');
        this.items.set(conversation.id, item);
      }
      item.conversation = conversation;
      item.active = conversation.id === this.active;
      const here = parts.scroller.children[index];
      if (here !== item) parts.scroller.insertBefore(item, here ?? null);
    });
  }

  private stamp(): NonNullable<InboxList['parts']> {
    this.root.innerHTML = `<style>${STYLE}</style>
      <header><h2>${t().inbox}</h2><div class="sub"><span class="count"></span><span class="unread-total"></span></div></header>
      <div class="scroller" role="list"></div>`;
    this.parts = {
      scroller: this.root.querySelector<HTMLElement>('.scroller')!,
      count: this.root.querySelector<HTMLElement>('.count')!,
      unread: this.root.querySelector<HTMLElement>('.unread-total')!,
    };
    return this.parts;
  }
}
