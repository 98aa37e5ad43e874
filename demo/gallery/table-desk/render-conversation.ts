// The open conversation as a server partial: a header, the message list and a
// plain form. The list alone is re-rendered on each poll so a half-typed reply
// in the form survives, as a pjax container around the messages would.
import type { GalleryConversation, GalleryMessage } from '../shared/gallery-types.ts';
import { escapeHtml } from './escape-html.ts';
import type { TableStrings } from './table-strings.ts';
import { formatMessageTime } from './table-time.ts';

function author(message: GalleryMessage, conversation: GalleryConversation, strings: TableStrings): string {
  switch (message.author) {
    case 'customer':
      return escapeHtml(conversation.name);
    case 'operator':
      return escapeHtml(strings.operatorName);
    case 'note':
      return `${escapeHtml(strings.internalNote)} · ${escapeHtml(strings.operatorName)}`;
    case 'bot':
      return escapeHtml(strings.bot);
  }
}

export function renderMessages(
  conversation: GalleryConversation,
  strings: TableStrings,
  now: number,
): string {
  return conversation.messages
    .map(
      (message) => `<li class="message message-${message.author}">
  <div class="message-meta"><span class="message-author">${author(message, conversation, strings)}</span> <span class="message-time">${formatMessageTime(message.at, now)}</span></div>
  <div class="message-body">${escapeHtml(message.text)}</div>
</li>`,
    )
    .join('\n');
}

export function renderConversation(
  conversation: GalleryConversation,
  strings: TableStrings,
  now: number,
): string {
  return `<div class="panel-heading">
  <h2>${escapeHtml(conversation.name)}${conversation.vip ? ' <span class="label label-vip">VIP</span>' : ''}</h2>
  <span class="panel-sub">${escapeHtml(strings.conversationNo(conversation.id))}</span>
</div>
<ul class="messages">
${renderMessages(conversation, strings, now)}
</ul>
<form class="reply-form" action="/conversations/${conversation.id}/messages" method="post">
  <label class="reply-label" for="reply-body">${escapeHtml(strings.replyLabel)}</label>
  <textarea id="reply-body" name="body" rows="4"></textarea>
  <div class="reply-actions">
    <label class="note-toggle"><input type="checkbox" name="internal" value="1"> ${escapeHtml(strings.noteCheckbox)}</label>
    <input type="submit" class="btn btn-primary" value="${escapeHtml(strings.send)}">
  </div>
</form>`;
}
