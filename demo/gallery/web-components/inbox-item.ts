// <inbox-item conversation-id="4101" [active]>: one session in the inbox, its
// name, preview, time and unread badge inside its own shadow root. Updates
// patch the same nodes (as Lit does), and a click is announced with a composed
// event the app catches outside every shadow root.
import { lastActivity } from '../shared/by-last-activity.ts';
import { formatClock } from '../shared/clock-format.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { initialsOf } from '../shared/initials.ts';
import { previewOf } from '../shared/preview-line.ts';
import { t } from './i18n.ts';
import { LiteElement } from './lite-element.ts';

const STYLE = `
:host { display: block; }
.item { display: flex; gap: 10px; padding: 10px 14px 10px 12px; border-left: 3px solid transparent;
  border-bottom: 1px solid #e5e5e5; cursor: pointer; background: #fff; outline: none; }
.item:hover { background: #f3f6fa; }
.item:focus-visible { box-shadow: inset 0 0 0 2px #1b96ff; }
:host([active]) .item { background: #eef4ff; border-left-color: #0176d3; }
.avatar { flex: none; width: 34px; height: 34px; border-radius: 50%; background: #7f8de1; color: #fff;
  font: 600 12px/34px system-ui, sans-serif; text-align: center; }
.main { flex: 1; min-width: 0; }
.top, .bottom { display: flex; align-items: center; gap: 6px; }
.name { flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  font-size: 14px; color: #181818; }
.vip { flex: none; font-size: 10px; font-weight: 700; letter-spacing: .04em; color: #8c4b02;
  background: #fbe7b5; border-radius: 3px; padding: 1px 5px; }
.time { margin-left: auto; flex: none; font-size: 12px; color: #706e6b; }
.bottom { margin-top: 3px; }
.preview { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  font-size: 13px; color: #5c5c5c; }
.badge { flex: none; min-width: 18px; height: 18px; padding: 0 5px; box-sizing: border-box; border-radius: 9px;
  background: #ba0517; color: #fff; font: 700 11px/18px system-ui, sans-serif; text-align: center; }
.unread .name { font-weight: 700; }
.unread .preview { color: #181818; font-weight: 600; }
.unread .time { color: #0176d3; font-weight: 600; }
[hidden] { display: none !important; }
`;

const AVATAR_COLORS = [
  '#7f8de1',
  '#3ba755',
  '#e3066a',
  '#06a59a',
  '#dd7a01',
  '#9050e9',
  '#0b827c',
  '#c23934',
];

export class InboxItem extends LiteElement {
  static readonly observedAttributes = ['active'];

  private data: GalleryConversation | null = null;
  private parts: {
    item: HTMLElement;
    avatar: HTMLElement;
    name: HTMLElement;
    vip: HTMLElement;
    time: HTMLTimeElement;
    preview: HTMLElement;
    badge: HTMLElement;
  } | null = null;

  get conversation(): GalleryConversation | null {
    return this.data;
  }

  set conversation(value: GalleryConversation) {
    if (value === this.data) return;
    this.data = value;
    this.setAttribute('conversation-id', value.id);
    this.requestUpdate();
  }

  /** Reflected to the `active` attribute, as a Lit `@property({ reflect: true })`. */
  get active(): boolean {
    return this.hasAttribute('active');
  }

  set active(value: boolean) {
    this.toggleAttribute('active', value);
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /** Parts inside the shadow root (null before the first render). */
  get nameElement(): HTMLElement | null {
    return this.parts?.name ?? null;
  }

  get previewElement(): HTMLElement | null {
    return this.parts?.preview ?? null;
  }

  get badgeElement(): HTMLElement | null {
    return this.parts && !this.parts.badge.hidden ? this.parts.badge : null;
  }

  protected update(): void {
    const conversation = this.data;
    if (!conversation) return;
    const parts = this.parts ?? this.stamp();
    const strings = t();
    parts.item.classList.toggle('unread', conversation.unread > 0);
    parts.item.setAttribute('aria-current', this.active ? 'true' : 'false');
    parts.avatar.textContent = initialsOf(conversation.name);
    parts.avatar.style.background = AVATAR_COLORS[Number(conversation.id) % AVATAR_COLORS.length]!;
    parts.name.textContent = conversation.name;
    parts.name.title = conversation.name;
    parts.vip.hidden = !conversation.vip;
    parts.vip.title = strings.vipTitle;
    const at = lastActivity(conversation);
    parts.time.textContent = at ? formatClock(at) : '';
    parts.time.dateTime = at ? new Date(at).toISOString() : '';
    parts.preview.textContent = previewOf(conversation, {
      you: strings.you,
      note: strings.noteLabel,
      bot: strings.bot,
    });
    parts.badge.hidden = conversation.unread === 0;
    parts.badge.textContent = String(conversation.unread);
    parts.badge.title = strings.unreadTitle(conversation.unread);
  }

  private stamp(): NonNullable<InboxItem['parts']> {
    this.root.innerHTML = `<style>${STYLE}</style>
      <div class="item" role="button" tabindex="0">
        <span class="avatar" aria-hidden="true"></span>
        <div class="main">
          <div class="top"><span class="name"></span><span class="vip">${t().vip}</span><time class="time"></time></div>
          <div class="bottom"><span class="preview"></span><span class="badge"></span></div>
        </div>
      </div>`;
    const q = <T extends HTMLElement>(selector: string) => this.root.querySelector<T>(selector)!;
    const item = q<HTMLElement>('.item');
    // Listeners live in the root, as Lit's @click does; the event leaves every shadow root.
    const select = () =>
      this.dispatchEvent(
        new CustomEvent('conversation-select', {
          detail: { conversationId: this.data?.id },
          bubbles: true,
          composed: true,
        }),
      );
    item.addEventListener('click', select);
    item.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select();
      }
    });
    this.parts = {
      item,
      avatar: q('.avatar'),
      name: q('.name'),
      vip: q('.vip'),
      time: q<HTMLTimeElement>('.time'),
      preview: q('.preview'),
      badge: q('.badge'),
    };
    return this.parts;
  }
}
