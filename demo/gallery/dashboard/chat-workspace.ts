// The right side: a row of open-chat tabs (like LiveHelperChat's) and one pane
// per open chat. Only the current tab's pane is shown; the sim's open chat is
// the current tab.
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { Lang } from '../shared/gallery-types.ts';
import { ChatPane } from './chat-pane.ts';
import type { DashboardStrings } from './dashboard-strings.ts';
import { el, setText } from './dom.ts';

interface OpenChat {
  tab: HTMLLIElement;
  label: HTMLElement;
  pane: ChatPane;
}

export class ChatWorkspace {
  readonly element: HTMLElement;
  private readonly tabBar: HTMLUListElement;
  private readonly panes: HTMLDivElement;
  private readonly empty: HTMLDivElement;
  private readonly chats = new Map<string, OpenChat>();

  constructor(
    private readonly sim: GallerySim,
    private readonly lang: Lang,
    private readonly strings: DashboardStrings,
  ) {
    this.element = el('main', 'workspace');
    this.tabBar = el('ul', 'nav nav-tabs chat-tabs');
    this.panes = el('div', 'chat-panes');
    this.empty = el('div', 'workspace-empty');
    this.empty.append(el('strong', '', strings.noOpenChats), el('p', '', strings.noOpenHint));
    this.element.append(this.tabBar, this.panes, this.empty);
  }

  /** Opens a chat in its tab (creating it), and makes it current. */
  open(id: string): void {
    if (!this.chats.has(id)) this.create(id);
    this.sim.open(id);
    this.chats.get(id)!.pane.scrollToEnd();
  }

  close(id: string): void {
    const chat = this.chats.get(id);
    if (!chat) return;
    const order = [...this.chats.keys()];
    chat.tab.remove();
    chat.pane.element.remove();
    this.chats.delete(id);
    if (this.sim.openId() !== id) return this.render();
    const next = order[order.indexOf(id) + 1] ?? order[order.indexOf(id) - 1] ?? null;
    if (next !== null) this.open(next);
    else this.sim.open(null);
  }

  /** Follows the sim: new messages into panes, the current tab shown, tab highlights. */
  render(): void {
    const current = this.sim.openId();
    for (const [id, chat] of this.chats) {
      const conversation = this.sim.get(id);
      if (!conversation) continue;
      chat.pane.update(conversation);
      const isCurrent = id === current;
      chat.tab.classList.toggle('active', isCurrent);
      chat.tab.classList.toggle('has-new', !isCurrent && conversation.unread > 0);
      chat.pane.element.style.display = isCurrent ? '' : 'none';
      setText(chat.label, conversation.name);
    }
    this.empty.style.display = this.chats.size === 0 ? '' : 'none';
  }

  /** The current tab's pane, null when no chat is open. */
  currentPane(): ChatPane | null {
    const current = this.sim.openId();
    return current !== null ? (this.chats.get(current)?.pane ?? null) : null;
  }

  private create(id: string): void {
    const conversation = this.sim.get(id)!;
    const tab = el('li', 'nav-item chat-tab');
    const link = el('a', 'nav-link');
    link.href = '#';
    const label = el('span', 'chat-tab-name', conversation.name);
    const close = el('span', 'chat-tab-close', '×');
    close.setAttribute('role', 'button');
    close.setAttribute('aria-label', this.strings.close);
    link.append(el('i', 'chat-icon'), label, close);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      if ((event.target as Element).closest('.chat-tab-close')) this.close(id);
      else this.open(id);
    });
    tab.append(link);
    const pane = new ChatPane(conversation, this.lang, this.strings, {
      send: (chatId, text, note) =>
        this.sim.operatorSends(chatId, text, Date.now(), note ? 'note' : 'operator'),
      close: (chatId) => this.close(chatId),
    });
    pane.element.style.display = 'none';
    this.tabBar.append(tab);
    this.panes.append(pane.element);
    this.chats.set(id, { tab, label, pane });
  }
}
