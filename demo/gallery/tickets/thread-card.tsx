// One entry of a ticket's thread: customer, agent, internal note or bot, each its own card style.
import type { GalleryConversation, GalleryMessage } from '../shared/gallery-types.ts';
import { formatCardTime } from './ticket-time.ts';
import type { TicketsStrings } from './tickets-strings.ts';

const KIND = { customer: 'customer', operator: 'agent', note: 'note', bot: 'bot' } as const;

interface ThreadCardProps {
  message: GalleryMessage;
  ticket: GalleryConversation;
  strings: TicketsStrings;
}

export function ThreadCard({ message, ticket, strings }: ThreadCardProps) {
  const kind = KIND[message.author];
  const author =
    message.author === 'customer' ? ticket.name : message.author === 'bot' ? strings.bot : strings.agentName;
  const label =
    message.author === 'operator'
      ? strings.agent
      : message.author === 'note'
        ? strings.internalNote
        : message.author === 'customer'
          ? strings.customer
          : null;
  return (
    <article className={`thread-card thread-card--${kind}`}>
      <header className="thread-card__header">
        <span className="thread-card__avatar" aria-hidden="true">
          {author.slice(0, 1)}
        </span>
        <span className="thread-card__author">{author}</span>
        {label && <span className="thread-card__label">{label}</span>}
        <time className="thread-card__time" dateTime={new Date(message.at).toISOString()}>
          {formatCardTime(message.at)}
        </time>
      </header>
      <div className="thread-card__body">{message.text}</div>
    </article>
  );
}
