// The frame's markup for one dialog: bubbles by side (client left, agent
// right, notes yellow across), each with its HH:mm, and a day line where the
// date changes.
import { dayKey, dayLabel, formatClock } from '../shared/clock-format.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import type { GalleryConversation, GalleryMessage } from '../shared/gallery-types.ts';
import type { Strings } from './strings.ts';

const SIDE: Record<GalleryMessage['author'], string> = {
  customer: 'msg-client',
  operator: 'msg-agent',
  note: 'msg-note',
  bot: 'msg-system',
};

export function messageHtml(message: GalleryMessage, strings: Strings): string {
  const label =
    message.author === 'note' ? `<div class="msg-label">${escapeHtml(strings.noteLabel)}</div>` : '';
  return `<div class="msg ${SIDE[message.author]}"><div class="msg-bubble">${label}<div class="msg-text">${escapeHtml(message.text)}</div><div class="msg-time">${formatClock(message.at)}</div></div></div>`;
}

export function messagesHtml(
  conversation: GalleryConversation,
  strings: Strings,
  locale: string,
  now: number,
): string {
  let day: string | null = null;
  const parts: string[] = [];
  for (const message of conversation.messages) {
    if (dayKey(message.at) !== day) {
      day = dayKey(message.at);
      parts.push(
        `<div class="day"><span>${escapeHtml(dayLabel(message.at, now, strings, locale))}</span></div>`,
      );
    }
    parts.push(messageHtml(message, strings));
  }
  return parts.join('');
}
