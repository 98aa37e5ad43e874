// The list's <tbody> as the server would send it: plain rows without ids or data
// keys; the link's href is the only thing that says which conversation a row is.
import { lastMessage, waitingSince } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { escapeHtml } from './escape-html.ts';
import type { TableStrings } from './table-strings.ts';
import { formatActivity } from './table-time.ts';

/** A closed envelope, inlined as the old icon sprite would be (no request). */
export const ENVELOPE_ICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="12" viewBox="0 0 16 12">' +
      '<rect x="0.5" y="0.5" width="15" height="11" rx="1" fill="#fdf3c4" stroke="#9a7b12"/>' +
      '<path d="M1 1l7 5.5L15 1" fill="none" stroke="#9a7b12"/></svg>',
  );

const PREVIEW_LENGTH = 70;

export function conversationHref(id: string): string {
  return `#/conversations/${id}`;
}

/** Newest activity first, as `ORDER BY updated_at DESC` would give. */
export function sortByActivity(list: readonly GalleryConversation[]): GalleryConversation[] {
  return [...list].sort((a, b) => (lastMessage(b)?.at ?? 0) - (lastMessage(a)?.at ?? 0));
}

function preview(conversation: GalleryConversation, strings: TableStrings): string {
  const last = lastMessage(conversation);
  if (!last) return '';
  const text = last.text.replace(/\s+/g, ' ');
  const short = text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
  const prefix =
    last.author === 'operator' ? `${strings.you} ` : last.author === 'note' ? `${strings.notePrefix} ` : '';
  return escapeHtml(prefix + short);
}

function row(
  conversation: GalleryConversation,
  openId: string | null,
  strings: TableStrings,
  now: number,
): string {
  const unread = conversation.unread > 0;
  const waiting = waitingSince(conversation) !== null;
  const last = lastMessage(conversation);
  const name = escapeHtml(conversation.name);
  const classes = [unread ? 'unread' : '', conversation.id === openId ? 'current' : '']
    .filter(Boolean)
    .join(' ');
  return `<tr${classes ? ` class="${classes}"` : ''}>
  <td class="col-icon">${unread ? `<img src="${ENVELOPE_ICON}" width="16" height="12" alt="${strings.unread}" title="${strings.unread}">` : ''}</td>
  <td class="col-customer"><a href="${conversationHref(conversation.id)}">${unread ? `<b>${name}</b>` : name}</a>${conversation.vip ? ' <span class="label label-vip">VIP</span>' : ''}</td>
  <td class="col-preview">${preview(conversation, strings)}</td>
  <td class="col-status"><span class="status ${waiting ? 'status-waiting' : 'status-answered'}">${waiting ? strings.statusWaiting : strings.statusAnswered}</span></td>
  <td class="col-activity">${last ? formatActivity(last.at, now) : ''}</td>
</tr>`;
}

export function renderRows(
  list: readonly GalleryConversation[],
  openId: string | null,
  strings: TableStrings,
  now: number,
): string {
  return sortByActivity(list)
    .map((conversation) => row(conversation, openId, strings, now))
    .join('\n');
}
