import { memo, useLayoutEffect, useRef } from 'react';
import type { Message } from '../sim/types.ts';
import { MessageBubble } from './message-bubble.tsx';
import type { DeskStrings } from './strings.ts';

export const MessageList = memo(function MessageList({
  messages,
  strings,
}: {
  messages: readonly Message[];
  strings: DeskStrings;
}) {
  const container = useRef<HTMLDivElement>(null);

  // New messages appear at the bottom; keep them in view like a chat does.
  useLayoutEffect(() => {
    const el = container.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);

  return (
    <div className="chat__messages" ref={container} role="log" aria-live="polite">
      {messages.map((message) => (
        <MessageBubble key={message.id} message={message} strings={strings} />
      ))}
    </div>
  );
});
