// One row of the conversation list. Memoised: a row re-renders only when its
// conversation object (replaced on every change) or its selection changes.
import { memo } from 'react';
import type { Author, Conversation } from '../sim/types.ts';
import { Avatar } from './avatar.tsx';
import { formatClock, isoTime } from './format-time.ts';
import type { DeskStrings } from './strings.ts';
import { VipTag } from './vip-tag.tsx';

export interface ConversationRowProps {
  readonly conv: Conversation;
  readonly active: boolean;
  readonly strings: DeskStrings;
  readonly onOpen: (id: string) => void;
}

/** The list preview's author prefix («Вы: », «Заметка: », «Бот: »; none for the customer). */
export function previewPrefix(author: Author, strings: DeskStrings): string {
  switch (author) {
    case 'operator':
      return strings.youPrefix;
    case 'note':
      return strings.notePrefix;
    case 'bot':
      return strings.botPrefix;
    case 'customer':
      return '';
  }
}

export const ConversationRow = memo(function ConversationRow({
  conv,
  active,
  strings,
  onOpen,
}: ConversationRowProps) {
  const last = conv.messages.at(-1);
  const classes = ['conv-row'];
  if (active) classes.push('conv-row--active');
  if (conv.unread > 0) classes.push('conv-row--unread');
  return (
    <li
      className={classes.join(' ')}
      role="option"
      aria-selected={active}
      data-conversation-id={conv.id}
      tabIndex={0}
      onClick={() => onOpen(conv.id)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onOpen(conv.id);
      }}
    >
      <Avatar name={conv.name} />
      <div className="conv-row__body">
        <div className="conv-row__line">
          <span className="conv-row__name">{conv.name}</span>
          {conv.vip && <VipTag />}
          {last && (
            <time className="conv-row__time" dateTime={isoTime(last.at)}>
              {formatClock(last.at)}
            </time>
          )}
        </div>
        <div className="conv-row__line">
          {last && (
            <span className="conv-row__preview" data-author={last.author}>
              {previewPrefix(last.author, strings)}
              {last.text}
            </span>
          )}
          {conv.unread > 0 && (
            <span className="conv-row__unread" title={strings.unreadLabel(conv.unread)}>
              {conv.unread}
            </span>
          )}
        </div>
      </div>
    </li>
  );
});
