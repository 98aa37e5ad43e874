// One open chat's pane: header, message log, visitor info and its own
// composer. Every open chat keeps its pane (and its draft) in the DOM; the
// workspace hides all but the current one.
import { waitingSince } from '../shared/gallery-sim.ts';
import type { GalleryConversation, GalleryMessage, Lang } from '../shared/gallery-types.ts';
import { formatStamp } from './dashboard-format.ts';
import type { DashboardStrings } from './dashboard-strings.ts';
import { el, setText } from './dom.ts';

const MESSAGE_CLASS: Record<GalleryMessage['author'], string> = {
  customer: 'msg msg-customer',
  operator: 'msg msg-operator',
  note: 'msg msg-system msg-note',
  bot: 'msg msg-system msg-bot',
};

export interface PaneActions {
  send(id: string, text: string, note: boolean): void;
  close(id: string): void;
}

export class ChatPane {
  readonly element: HTMLDivElement;
  readonly composer: HTMLTextAreaElement;
  readonly sendButton: HTMLButtonElement;
  private readonly log: HTMLDivElement;
  private readonly noteToggle: HTMLInputElement;
  private readonly info: Record<'messages' | 'status', HTMLElement>;
  private readonly title: HTMLElement;
  private readonly bodies: { author: GalleryMessage['author']; body: HTMLElement }[] = [];
  private conversation: GalleryConversation;

  constructor(
    conversation: GalleryConversation,
    private readonly lang: Lang,
    private readonly strings: DashboardStrings,
    actions: PaneActions,
  ) {
    this.conversation = conversation;
    const { id } = conversation;
    this.element = el('div', 'chat-pane');

    const head = el('div', 'chat-head');
    this.title = el('h3', 'chat-title', conversation.name);
    if (conversation.vip) {
      const star = el('span', 'vip-label', `★ VIP`);
      star.title = strings.vipCustomer;
      this.title.append(' ', star);
    }
    const sub = el('span', 'chat-sub', `${strings.chat} #${id} · ${strings.languages[conversation.lang]}`);
    const tools = el('div', 'chat-tools');
    const transfer = el('button', 'btn btn-default btn-sm', strings.transfer);
    transfer.type = 'button';
    const close = el('button', 'btn btn-danger btn-sm', strings.closeChat);
    close.type = 'button';
    close.addEventListener('click', () => actions.close(id));
    tools.append(transfer, close);
    head.append(el('div', 'chat-head-text'), tools);
    head.firstElementChild!.append(this.title, sub);

    const main = el('div', 'chat-main');
    const column = el('div', 'chat-column');
    this.log = el('div', 'message-log');

    const form = el('form', 'composer');
    this.composer = el('textarea', 'form-control composer-input');
    this.composer.rows = 3;
    this.composer.placeholder = strings.placeholder;
    const bar = el('div', 'composer-bar');
    const noteLabel = el('label', 'note-toggle');
    this.noteToggle = el('input');
    this.noteToggle.type = 'checkbox';
    noteLabel.append(this.noteToggle, ` ${strings.internalNote}`);
    this.noteToggle.addEventListener('change', () => {
      form.classList.toggle('composer-note', this.noteToggle.checked);
      this.composer.placeholder = this.noteToggle.checked ? strings.notePlaceholder : strings.placeholder;
    });
    this.sendButton = el('button', 'btn btn-primary', strings.send);
    this.sendButton.type = 'submit';
    bar.append(noteLabel, this.sendButton);
    form.append(this.composer, bar);
    const submit = () => {
      if (!this.composer.value.trim()) return;
      actions.send(id, this.composer.value, this.noteToggle.checked);
      this.composer.value = '';
      if (this.noteToggle.checked) this.noteToggle.click();
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    // Enter sends, Shift+Enter breaks the line.
    this.composer.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      submit();
    });
    column.append(this.log, form);

    const aside = el('aside', 'visitor-info');
    aside.append(el('h4', '', strings.visitorInfo));
    const list = el('dl');
    const first = conversation.messages[0];
    const field = (label: string, value: string) => {
      const dd = el('dd', '', value);
      list.append(el('dt', '', label), dd);
      return dd;
    };
    field(strings.chatId, id);
    field(strings.language, strings.languages[conversation.lang]);
    field(strings.started, first ? formatStamp(first.at, Date.now(), lang) : '—');
    this.info = { messages: field(strings.messages, ''), status: field(strings.status, '') };
    aside.append(list);

    main.append(column, aside);
    this.element.append(head, main);
    this.update(conversation);
  }

  /** Appends messages that arrived since the last update and refreshes the info box. */
  update(conversation: GalleryConversation): void {
    this.conversation = conversation;
    const atBottom = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 40;
    const now = Date.now();
    for (const message of conversation.messages.slice(this.bodies.length)) this.append(message, now);
    setText(this.info.messages, String(conversation.messages.length));
    setText(
      this.info.status,
      waitingSince(conversation) !== null ? this.strings.waiting : this.strings.answered,
    );
    if (atBottom) this.scrollToEnd();
  }

  scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }

  /** The text element of the newest message by `author`, if any. */
  lastBody(author: GalleryMessage['author']): HTMLElement | null {
    for (let i = this.bodies.length - 1; i >= 0; i--)
      if (this.bodies[i]!.author === author) return this.bodies[i]!.body;
    return null;
  }

  private append(message: GalleryMessage, now: number): void {
    const row = el('div', MESSAGE_CLASS[message.author]);
    const meta = el('div', 'msg-meta');
    const who =
      message.author === 'customer'
        ? this.conversation.name
        : message.author === 'operator'
          ? this.strings.operator.replace(/^.*: /, '')
          : message.author === 'note'
            ? this.strings.note
            : this.strings.bot;
    meta.append(
      el('span', 'msg-author', who),
      el('span', 'msg-date', formatStamp(message.at, now, this.lang)),
    );
    const body = el('div', 'msg-body', message.text);
    row.append(meta, body);
    this.log.append(row);
    this.bodies.push({ author: message.author, body });
  }
}
