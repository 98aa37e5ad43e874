// The thread: incoming messages left, outgoing right, private notes in yellow
// with a lock; a day line whenever the date changes; HH:mm in each bubble.
import { Fragment, useLayoutEffect, useRef } from 'react';
import { formatClock, startOfDay } from '../shared/clock-format.ts';
import type { GalleryMessage } from '../shared/gallery-types.ts';
import { dayLabel } from './clock-time.ts';
import { Icon } from './icons.tsx';
import type { DeskStrings } from './strings.ts';

const KIND: Record<GalleryMessage['author'], string> = {
  customer: 'message message--incoming',
  operator: 'message message--outgoing',
  note: 'message message--outgoing message--private',
  bot: 'message message--outgoing message--bot',
};

interface Props {
  conversationId: string;
  messages: readonly GalleryMessage[];
  now: number;
  strings: DeskStrings;
}

export function MessageList({ conversationId, messages, now, strings }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [conversationId, messages.length]);

  return (
    <div className="conversation-panel__messages" ref={scroller}>
      {messages.map((message, index) => {
        const previous = messages[index - 1];
        const newDay = !previous || startOfDay(previous.at) !== startOfDay(message.at);
        return (
          <Fragment key={message.id}>
            {newDay && (
              <div className="messages__day">
                <span>{dayLabel(message.at, now, strings)}</span>
              </div>
            )}
            <div className={KIND[message.author]}>
              <div className="message__bubble">
                {message.author === 'note' && (
                  <div className="message__private-label">
                    <Icon name="lock" size={11} /> {strings.privateNote}
                  </div>
                )}
                {message.author === 'bot' && <div className="message__private-label">{strings.bot}</div>}
                <p className="message__text">{message.text}</p>
                <div className="message__meta">
                  <time dateTime={new Date(message.at).toISOString()}>{formatClock(message.at)}</time>
                  {message.author === 'operator' && <Icon name="check" size={12} />}
                </div>
              </div>
            </div>
          </Fragment>
        );
      })}
    </div>
  );
}
