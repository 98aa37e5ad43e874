// One list of the sidebar (Pending or Active) as a table. Rows are plain
// <tr>s named only by their title ("Chat #4101 — Name"); the table keeps them
// by id in memory, patches their texts, and re-appends them in order.
import { lastMessage, waitingSince } from '../shared/gallery-sim.ts';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';
import { formatAgo, formatWait, rowTitle } from './dashboard-format.ts';
import type { DashboardStrings } from './dashboard-strings.ts';
import { el, setText } from './dom.ts';

export type ListKind = 'pending' | 'active';

interface RowView {
  conversation: GalleryConversation;
  tr: HTMLTableRowElement;
  name: HTMLElement;
  vip: HTMLElement;
  badge: HTMLElement;
  /** Pending: the ticking wait; active: the last message's age. */
  timeCell: HTMLTableCellElement;
  /** Pending: the last message's age; active: the operator. */
  extraCell: HTMLTableCellElement;
}

export class ChatRowTable {
  readonly element: HTMLTableElement;
  private readonly body: HTMLTableSectionElement;
  private readonly emptyRow: HTMLTableRowElement;
  private readonly rows = new Map<string, RowView>();
  private readonly byRow = new WeakMap<HTMLTableRowElement, RowView>();

  constructor(
    readonly kind: ListKind,
    private readonly lang: Lang,
    private readonly strings: DashboardStrings,
    private readonly onOpen: (id: string) => void,
  ) {
    this.element = el('table', 'table table-hover table-chats');
    const head = this.element.createTHead().insertRow();
    const columns =
      kind === 'pending'
        ? [strings.visitor, strings.wait, strings.lastMessage]
        : [strings.visitor, strings.lastMessage, strings.operatorColumn];
    columns.forEach((label, index) => head.append(el('th', index === 0 ? 'col-visitor' : 'col-time', label)));
    this.body = this.element.createTBody();
    this.emptyRow = el('tr', 'row-empty');
    const cell = el('td', '', kind === 'pending' ? strings.noPending : strings.noActive);
    cell.colSpan = 3;
    this.emptyRow.append(cell);
  }

  /** Shows exactly these conversations, in this order; `openId` is highlighted. */
  render(conversations: readonly GalleryConversation[], openId: string | null, now: number): void {
    const keep = new Set(conversations.map((conversation) => conversation.id));
    for (const [id, view] of this.rows) {
      if (keep.has(id)) continue;
      view.tr.remove();
      this.rows.delete(id);
    }
    for (const conversation of conversations) {
      const view = this.rows.get(conversation.id) ?? this.createRow(conversation);
      view.conversation = conversation;
      this.patch(view, openId, now);
      this.body.append(view.tr);
    }
    if (conversations.length === 0) this.body.append(this.emptyRow);
    else this.emptyRow.remove();
  }

  /** Re-reads the clocks every second. */
  tick(now: number): void {
    for (const view of this.rows.values()) this.patchTimes(view, now);
  }

  row(id: string): HTMLTableRowElement | null {
    return this.rows.get(id)?.tr ?? null;
  }

  parts(id: string): { row: HTMLElement; name: HTMLElement; unread: HTMLElement } | null {
    const view = this.rows.get(id);
    return view ? { row: view.tr, name: view.name, unread: view.badge } : null;
  }

  /** The top-most row with unread messages other than `skipId`, as shown. */
  firstUnread(skipId: string | null): string | null {
    for (const tr of this.body.rows) {
      const view = this.byRow.get(tr);
      if (view && view.conversation.unread > 0 && view.conversation.id !== skipId)
        return view.conversation.id;
    }
    return null;
  }

  private createRow(conversation: GalleryConversation): RowView {
    const tr = el('tr');
    const visitor = el('td', 'col-visitor');
    const icon = el('i', 'chat-icon');
    const name = el('span', 'visitor-name');
    const vip = el('span', 'vip-star', '★');
    vip.title = this.strings.vipCustomer;
    const badge = el('span', 'badge badge-unread');
    const lang = el('span', 'lang-code', conversation.lang.toUpperCase());
    visitor.append(icon, name, vip, badge, lang);
    const timeCell = el('td', 'col-time');
    const extraCell = el('td', 'col-time');
    tr.append(visitor, timeCell, extraCell);
    tr.addEventListener('click', () => this.onOpen(conversation.id));
    const view: RowView = { conversation, tr, name, vip, badge, timeCell, extraCell };
    this.rows.set(conversation.id, view);
    this.byRow.set(tr, view);
    return view;
  }

  private patch(view: RowView, openId: string | null, now: number): void {
    const { conversation, tr } = view;
    const title = rowTitle(conversation.id, conversation.name, this.lang);
    if (tr.title !== title) tr.title = title;
    tr.classList.toggle('row-open', conversation.id === openId);
    tr.classList.toggle('row-unread', conversation.unread > 0);
    setText(view.name, conversation.name);
    view.vip.hidden = !conversation.vip;
    view.badge.hidden = conversation.unread === 0;
    setText(view.badge, String(conversation.unread));
    this.patchTimes(view, now);
  }

  private patchTimes(view: RowView, now: number): void {
    const last = lastMessage(view.conversation);
    const ago = last ? formatAgo(now - last.at, this.lang) : '';
    if (this.kind === 'pending') {
      const since = waitingSince(view.conversation);
      setText(view.timeCell, since !== null ? formatWait(now - since, this.lang) : '—');
      setText(view.extraCell, ago);
    } else {
      setText(view.timeCell, ago);
      setText(view.extraCell, this.strings.operator.replace(/^.*: /, ''));
    }
  }
}
