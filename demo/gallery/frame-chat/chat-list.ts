// The dialog list, drawn from a string template into the <ul> on every change
// (the whole list is replaced, as the jQuery-era agent apps did); clicks are
// caught once on the <ul> by delegation.
import { byLastActivity, lastActivity } from '../shared/by-last-activity.ts';
import { formatClock } from '../shared/clock-format.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { initialsOf } from '../shared/initials.ts';
import { previewOf } from '../shared/preview-line.ts';
import type { Strings } from './strings.ts';

const AVATAR_COLORS = [
  '#f28b50',
  '#5b8def',
  '#3fb68b',
  '#b06bdb',
  '#e2596b',
  '#2fa7c2',
  '#d4a017',
  '#7b8794',
];

export function chatRowHtml(conversation: GalleryConversation, selected: boolean, strings: Strings): string {
  const at = lastActivity(conversation);
  const classes = ['chat', conversation.unread > 0 ? 'unread' : '', selected ? 'selected' : '']
    .filter(Boolean)
    .join(' ');
  const color = AVATAR_COLORS[Number(conversation.id) % AVATAR_COLORS.length];
  const vip = conversation.vip ? `<span class="vip" title="${escapeHtml(strings.vip)}">★</span>` : '';
  const count =
    conversation.unread > 0
      ? `<span class="count" title="${escapeHtml(strings.unreadTitle(conversation.unread))}">${conversation.unread}</span>`
      : '';
  return `<li class="${classes}" data-chat="${conversation.id}">
    <span class="avatar" style="background:${color}">${escapeHtml(initialsOf(conversation.name))}</span>
    <div class="chat-body">
      <div class="chat-line"><span class="name">${escapeHtml(conversation.name)}</span>${vip}<span class="time">${at ? formatClock(at) : ''}</span></div>
      <div class="chat-line"><span class="preview">${escapeHtml(previewOf(conversation, { you: strings.you, note: strings.noteMark, bot: strings.bot }))}</span>${count}</div>
    </div>
  </li>`;
}

export function renderChatList(
  list: HTMLUListElement,
  conversations: readonly GalleryConversation[],
  openId: string | null,
  strings: Strings,
): void {
  const scroll = list.scrollTop;
  list.innerHTML = byLastActivity(conversations)
    .map((conversation) => chatRowHtml(conversation, conversation.id === openId, strings))
    .join('');
  list.scrollTop = scroll;
}

/** Calls back with the dialog id of a clicked row. */
export function onChatClick(list: HTMLUListElement, open: (id: string) => void): void {
  list.addEventListener('click', (event) => {
    const row = (event.target as Element).closest<HTMLLIElement>('li[data-chat]');
    if (row?.dataset.chat) open(row.dataset.chat);
  });
}
