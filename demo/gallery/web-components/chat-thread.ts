// <chat-thread>: the open session's header and messages in its own shadow
// root. New messages are appended as <chat-message> elements; switching
// sessions starts the log over.
import { dayKey, dayLabel } from '../shared/clock-format.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import type { GalleryConversation, GalleryMessage } from '../shared/gallery-types.ts';
import { ChatMessage } from './chat-message.ts';
import { lang, t } from './i18n.ts';
import { LiteElement } from './lite-element.ts';

const STYLE = `
:host { display: flex; flex-direction: column; min-height: 0; background: #fff; }
header { flex: none; display: flex; align-items: center; gap: 10px; padding: 12px 18px;
  border-bottom: 1px solid #dddbda; }
.icon { width: 32px; height: 32px; border-radius: 6px; background: #06a59a; color: #fff; display: grid;
  place-items: center; font-size: 16px; }
h1 { margin: 0; font-size: 16px; font-weight: 700; color: #181818; }
.sub { font-size: 12px; color: #706e6b; }
.vip { font-size: 10px; font-weight: 700; color: #8c4b02; background: #fbe7b5; border-radius: 3px;
  padding: 1px 6px; }
.actions { margin-left: auto; display: flex; gap: 6px; }
button { font: 13px system-ui, sans-serif; padding: 5px 12px; border: 1px solid #c9c9c9; border-radius: 4px;
  background: #fff; color: #0176d3; cursor: pointer; }
button:hover { background: #f3f3f3; }
.log { flex: 1; overflow-y: auto; padding: 12px 22px 18px; }
.day { text-align: center; margin: 14px 0 8px; font-size: 12px; color: #706e6b; }
.day span { background: #fff; padding: 0 10px; }
.day::before { content: ''; display: block; border-top: 1px solid #e5e5e5; margin-bottom: -9px; }
.empty { flex: 1; display: grid; place-content: center; text-align: center; color: #706e6b; padding: 40px; }
.empty strong { display: block; font-size: 16px; color: #3e3e3c; margin-bottom: 6px; }
.empty .art { color: #c9c9c9; margin: 0 auto 10px; }
[hidden] { display: none !important; }
`;

export class ChatThread extends LiteElement {
  private data: GalleryConversation | null = null;
  private shownId: string | null = null;
  private readonly rendered = new Map<string, ChatMessage>();
  private lastDay: string | null = null;
  private parts: {
    header: HTMLElement;
    title: HTMLElement;
    vip: HTMLElement;
    sub: HTMLElement;
    log: HTMLElement;
    empty: HTMLElement;
  } | null = null;

  set conversation(value: GalleryConversation | null) {
    if (value === this.data) return;
    this.data = value;
    this.requestUpdate();
  }

  /** The newest rendered message of an author, for whoever needs to point at it. */
  lastMessageOf(author: GalleryMessage['author']): ChatMessage | null {
    const all = [...this.rendered.values()].filter((element) => element.message?.author === author);
    return all[all.length - 1] ?? null;
  }

  protected update(): void {
    const parts = this.parts ?? this.stamp();
    const conversation = this.data;
    const strings = t();
    parts.header.hidden = !conversation;
    parts.log.hidden = !conversation;
    parts.empty.hidden = Boolean(conversation);
    if (!conversation) {
      this.shownId = null;
      return;
    }
    parts.title.textContent = conversation.name;
    parts.vip.hidden = !conversation.vip;
    parts.sub.textContent = `${strings.channel} · ${strings.conversation} #${conversation.id}`;
    if (this.shownId !== conversation.id) {
      parts.log.replaceChildren();
      this.rendered.clear();
      this.lastDay = null;
      this.shownId = conversation.id;
    }
    const stick = parts.log.scrollHeight - parts.log.scrollTop - parts.log.clientHeight < 40;
    let added = false;
    for (const message of conversation.messages) {
      if (this.rendered.has(message.id)) continue;
      const day = dayKey(message.at);
      if (day !== this.lastDay) {
        const separator = document.createElement('div');
        separator.className = 'day';
        separator.innerHTML = `<span>${escapeHtml(dayLabel(message.at, Date.now(), strings, lang()))}</span>`;
        parts.log.append(separator);
        this.lastDay = day;
      }
      const element = document.createElement('chat-message') as ChatMessage;
      element.setMessage(message, this.senderOf(message, conversation));
      parts.log.append(element);
      this.rendered.set(message.id, element);
      added = true;
    }
    if (added && stick) queueMicrotask(() => (parts.log.scrollTop = parts.log.scrollHeight));
  }

  private senderOf(message: GalleryMessage, conversation: GalleryConversation): string {
    const strings = t();
    if (message.author === 'customer') return conversation.name;
    if (message.author === 'operator') return strings.you;
    if (message.author === 'note') return strings.you;
    return strings.bot;
  }

  private stamp(): NonNullable<ChatThread['parts']> {
    const strings = t();
    this.root.innerHTML = `<style>${STYLE}</style>
      <header>
        <span class="icon" aria-hidden="true">✉</span>
        <div><h1><span class="title"></span> <span class="vip" title="${escapeHtml(strings.vipTitle)}">${strings.vip}</span></h1>
          <div class="sub"></div></div>
        <div class="actions"><button type="button">${escapeHtml(strings.transfer)}</button><button type="button">${escapeHtml(strings.end)}</button></div>
      </header>
      <div class="log" role="log"></div>
      <div class="empty"><svg class="art" viewBox="0 0 24 24" width="56" height="56" fill="none" stroke="currentColor" stroke-width="1.2" stroke-linejoin="round" aria-hidden="true"><path d="M4 5h16v11H9l-5 4z" /></svg><strong>${escapeHtml(strings.emptyTitle)}</strong>${escapeHtml(strings.emptyHint)}</div>`;
    const q = (selector: string) => this.root.querySelector<HTMLElement>(selector)!;
    this.parts = {
      header: q('header'),
      title: q('.title'),
      vip: q('.vip'),
      sub: q('.sub'),
      log: q('.log'),
      empty: q('.empty'),
    };
    return this.parts;
  }
}
