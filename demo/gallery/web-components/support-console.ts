// <support-console>: the app shell. Its shadow root holds the global header,
// the inbox, the open session and the contact panel; it turns the sim into
// properties on its children and handles their composed events.
import { formatClock } from '../shared/clock-format.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import type { ChatThread } from './chat-thread.ts';
import { t } from './i18n.ts';
import type { InboxList } from './inbox-list.ts';
import { LiteElement } from './lite-element.ts';
import type { ReplyComposer, SendDetail } from './reply-composer.ts';

const STYLE = `
:host { display: flex; flex-direction: column; height: 100vh; font: 14px/1.4 system-ui, -apple-system, "Segoe UI",
  sans-serif; color: #181818; background: #f3f3f3; }
.global { flex: none; display: flex; align-items: center; gap: 14px; height: 48px; padding: 0 16px;
  background: #032d60; color: #fff; }
.launcher { font-size: 18px; opacity: .85; }
.brand { font-weight: 700; font-size: 15px; }
.app { font-size: 13px; padding: 3px 10px; border-radius: 4px; background: rgba(255,255,255,.14); }
.search { flex: 0 1 420px; margin: 0 auto; height: 30px; border-radius: 4px; border: 0; padding: 0 12px;
  font: 13px system-ui, sans-serif; background: rgba(255,255,255,.95); color: #3e3e3c; }
.presence { display: flex; align-items: center; gap: 6px; font-size: 13px; }
.presence::before { content: ''; width: 9px; height: 9px; border-radius: 50%; background: #45c65a; }
.me { width: 30px; height: 30px; border-radius: 50%; background: #fff; color: #032d60; display: grid;
  place-items: center; font: 700 12px system-ui, sans-serif; }
.body { flex: 1; min-height: 0; display: grid; grid-template-columns: 340px 1fr 270px; gap: 10px; padding: 10px; }
.card { min-height: 0; border: 1px solid #dddbda; border-radius: 4px; overflow: hidden; background: #fff;
  box-shadow: 0 2px 2px rgba(0,0,0,.06); }
inbox-list { height: 100%; }
.session { display: flex; flex-direction: column; }
chat-thread { flex: 1; }
.details { padding: 12px 14px; }
.details h2 { margin: 0 0 10px; font-size: 14px; }
.details dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 6px 10px; font-size: 13px; }
.details dt { color: #706e6b; }
.details dd { margin: 0; overflow-wrap: anywhere; }
.details .none { color: #706e6b; font-size: 13px; }
`;

export class SupportConsole extends LiteElement {
  private sim: GallerySim | null = null;
  private readonly drafts = new Map<string, string>();
  private parts: {
    list: InboxList;
    thread: ChatThread;
    composer: ReplyComposer;
    details: HTMLElement;
  } | null = null;

  /** Starts the app on a simulation (the app's "store"). */
  attach(sim: GallerySim): void {
    this.sim = sim;
    sim.subscribe(() => this.requestUpdate());
    this.stamp();
    this.requestUpdate();
  }

  get inbox(): InboxList {
    return this.parts!.list;
  }

  get thread(): ChatThread {
    return this.parts!.thread;
  }

  get composer(): ReplyComposer {
    return this.parts!.composer;
  }

  /** What a click on an inbox item does: keep the draft, open the session, restore its draft. */
  openConversation(id: string): void {
    const sim = this.sim!;
    const previous = sim.openId();
    if (previous === id) return;
    if (previous !== null) this.drafts.set(previous, this.composer.value);
    sim.open(id);
    this.composer.value = this.drafts.get(id) ?? '';
    this.composer.mode = 'reply';
  }

  protected update(): void {
    const sim = this.sim;
    const parts = this.parts;
    if (!sim || !parts) return;
    const openId = sim.openId();
    const open = openId === null ? null : (sim.get(openId) ?? null);
    parts.list.conversations = sim.conversations();
    parts.list.activeId = openId;
    parts.thread.conversation = open;
    parts.composer.hidden = !open;
    this.renderDetails(open);
  }

  private renderDetails(open: GalleryConversation | null): void {
    const strings = t();
    const details = this.parts!.details;
    if (!open) {
      details.innerHTML = `<h2>${escapeHtml(strings.details)}</h2><p class="none">—</p>`;
      return;
    }
    const first = open.messages[0];
    const rows: [string, string][] = [
      [strings.nameLabel, open.name],
      [strings.language, strings.langName[open.lang]],
      [strings.conversation, `#${open.id}`],
      [strings.started, first ? formatClock(first.at) : '—'],
      [strings.messagesCount, String(open.messages.length)],
    ];
    if (open.vip) rows.splice(1, 0, ['VIP', strings.vipTitle]);
    details.innerHTML = `<h2>${escapeHtml(strings.details)}</h2><dl>${rows
      .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`)
      .join('')}</dl>`;
  }

  private stamp(): void {
    const strings = t();
    this.root.innerHTML = `<style>${STYLE}</style>
      <div class="global">
        <span class="launcher" aria-hidden="true">⋮⋮⋮</span>
        <span class="brand">${escapeHtml(strings.brand)}</span>
        <span class="app">${escapeHtml(strings.app)}</span>
        <input class="search" type="search" placeholder="${escapeHtml(strings.search)}" />
        <span class="presence">${escapeHtml(strings.available)}</span>
        <span class="me" aria-hidden="true">AK</span>
      </div>
      <div class="body">
        <inbox-list class="card"></inbox-list>
        <section class="card session"><chat-thread></chat-thread><reply-composer hidden></reply-composer></section>
        <aside class="card details"></aside>
      </div>`;
    const q = <T extends Element>(selector: string) => this.root.querySelector(selector) as T;
    this.parts = {
      list: q<InboxList>('inbox-list'),
      thread: q<ChatThread>('chat-thread'),
      composer: q<ReplyComposer>('reply-composer'),
      details: q<HTMLElement>('.details'),
    };
    // Composed events from deep inside the children's shadow roots arrive here.
    this.root.addEventListener('conversation-select', (event) => {
      const id = (event as CustomEvent<{ conversationId?: string }>).detail.conversationId;
      if (id) this.openConversation(id);
    });
    this.root.addEventListener('send', (event) => {
      const { text, mode } = (event as CustomEvent<SendDetail>).detail;
      const openId = this.sim?.openId();
      if (!openId) return;
      this.sim!.operatorSends(openId, text, Date.now(), mode === 'note' ? 'note' : 'operator');
      this.composer.value = '';
      this.drafts.delete(openId);
    });
  }
}
