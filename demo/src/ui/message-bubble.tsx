import { memo } from 'react';
import type { Message } from '../sim/types.ts';
import { formatClock, isoTime } from './format-time.ts';
import type { DeskStrings } from './strings.ts';

export const MessageBubble = memo(function MessageBubble({
  message,
  strings,
}: {
  message: Message;
  strings: DeskStrings;
}) {
  const label =
    message.author === 'note' ? strings.noteLabel : message.author === 'bot' ? strings.botLabel : null;
  return (
    <div className={`msg msg--${message.author}`} data-message-id={message.id}>
      {label && <div className="msg__label">{label}</div>}
      <div className="msg__text">{message.text}</div>
      <time className="msg__time" dateTime={isoTime(message.at)}>
        {formatClock(message.at)}
      </time>
    </div>
  );
});
