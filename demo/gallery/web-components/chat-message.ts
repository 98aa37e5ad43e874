// <chat-message kind="inbound|outbound|note|system">: one message in the
// thread, its bubble, sender and HH:mm time inside its own shadow root.
import { formatClock } from '../shared/clock-format.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import type { GalleryMessage } from '../shared/gallery-types.ts';
import { t } from './i18n.ts';
import { LiteElement } from './lite-element.ts';

const STYLE = `
:host { display: flex; flex-direction: column; align-items: flex-start; margin: 4px 0; }
:host([kind="outbound"]) { align-items: flex-end; }
:host([kind="note"]), :host([kind="system"]) { align-items: stretch; }
.bubble { max-width: 62%; padding: 8px 12px; border-radius: 12px 12px 12px 2px; background: #f3f3f3;
  color: #181818; font-size: 14px; line-height: 1.4; white-space: pre-wrap; overflow-wrap: anywhere; }
:host([kind="outbound"]) .bubble { background: #0176d3; color: #fff; border-radius: 12px 12px 2px 12px; }
:host([kind="note"]) .bubble { max-width: none; background: #fef1cd; border: 1px dashed #e4a201;
  border-radius: 6px; color: #3e3e3c; }
:host([kind="system"]) .bubble { max-width: none; background: none; color: #706e6b; text-align: center;
  font-size: 12px; }
.text { display: block; }
.label { display: block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  color: #8c4b02; margin-bottom: 2px; }
.meta { margin-top: 3px; font-size: 11px; color: #706e6b; padding: 0 4px; }
`;

export class ChatMessage extends LiteElement {
  private data: GalleryMessage | null = null;
  private sender = '';
  private textNode: HTMLElement | null = null;

  /** The message and who wrote it, as the thread passes them down. */
  setMessage(message: GalleryMessage, sender: string): void {
    this.data = message;
    this.sender = sender;
    this.setAttribute('kind', kindOf(message));
    this.requestUpdate();
  }

  get message(): GalleryMessage | null {
    return this.data;
  }

  /** The element holding the message text, inside the shadow root. */
  get textElement(): HTMLElement | null {
    return this.textNode;
  }

  protected update(): void {
    const message = this.data;
    if (!message) return;
    const label = message.author === 'note' ? `<span class="label">${escapeHtml(t().noteLabel)}</span>` : '';
    this.root.innerHTML = `<style>${STYLE}</style>
      <div class="bubble">${label}<span class="text">${escapeHtml(message.text)}</span></div>
      <div class="meta">${escapeHtml(this.sender)} · <time datetime="${new Date(message.at).toISOString()}">${formatClock(message.at)}</time></div>`;
    this.textNode = this.root.querySelector<HTMLElement>('.text');
  }
}

export function kindOf(message: GalleryMessage): 'inbound' | 'outbound' | 'note' | 'system' {
  if (message.author === 'customer') return 'inbound';
  if (message.author === 'operator') return 'outbound';
  if (message.author === 'note') return 'note';
  return 'system';
}
