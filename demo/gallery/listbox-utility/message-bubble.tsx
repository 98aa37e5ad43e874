// A message as a bubble made of utility classes: the customer's on the left in
// grey, the operator's on the right in indigo, notes as amber cards, bot
// messages as small grey ones; its HH:mm time underneath.
import type { Ref } from 'react';
import { formatClock } from '../shared/clock-format.ts';
import type { GalleryMessage } from '../shared/gallery-types.ts';
import type { InboxStrings } from './inbox-strings.ts';

const BUBBLE: Record<GalleryMessage['author'], string> = {
  customer: 'self-start bg-gray-100 text-gray-900 rounded-2xl rounded-bl-md',
  operator: 'self-end bg-indigo-600 text-white rounded-2xl rounded-br-md',
  note: 'self-end bg-amber-50 border border-amber-200 text-amber-900 rounded-lg',
  bot: 'self-start bg-white border border-gray-200 text-gray-600 rounded-2xl',
};

interface Props {
  message: GalleryMessage;
  strings: InboxStrings;
  bubbleRef?: Ref<HTMLDivElement>;
}

export function MessageBubble({ message, strings, bubbleRef }: Props) {
  const right = message.author === 'operator' || message.author === 'note';
  const label =
    message.author === 'note' ? strings.internalNote : message.author === 'bot' ? strings.bot : null;
  return (
    <div className="flex flex-col">
      <div
        ref={bubbleRef}
        className={`max-w-lg px-3.5 py-2 text-sm leading-snug whitespace-pre-wrap ${BUBBLE[message.author]}`}
      >
        {label && (
          <div className="mb-0.5 text-2xs font-semibold uppercase tracking-wide opacity-70">{label}</div>
        )}
        {message.text}
      </div>
      <time
        dateTime={new Date(message.at).toISOString()}
        className={`mt-1 mb-2 px-1 text-2xs text-gray-400 tabular-nums ${right ? 'self-end' : 'self-start'}`}
      >
        {formatClock(message.at)}
      </time>
    </div>
  );
}
