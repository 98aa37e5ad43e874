// An open ticket replaces the list: a back link, the subject, the thread as
// stacked cards (oldest first), the reply area, and the ticket's properties.
import { useLayoutEffect, useRef } from 'react';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import type { Drafts } from './drafts.ts';
import { ReplyBox } from './reply-box.tsx';
import { ThreadCard } from './thread-card.tsx';
import { lastUpdate, ticketStatus, ticketSubject } from './ticket-fields.ts';
import { LIST_HREF } from './ticket-route.ts';
import { formatCardTime } from './ticket-time.ts';
import type { TicketsStrings } from './tickets-strings.ts';

interface TicketViewProps {
  ticket: GalleryConversation;
  drafts: Drafts;
  strings: TicketsStrings;
  onSubmit(text: string, kind: 'operator' | 'note'): void;
}

export function TicketView({ ticket, drafts, strings, onSubmit }: TicketViewProps) {
  const thread = useRef<HTMLDivElement>(null);
  const status = ticketStatus(ticket);
  const count = ticket.messages.length;
  // The newest entry and the reply area are what the agent reads first.
  useLayoutEffect(() => {
    if (thread.current) thread.current.scrollTop = thread.current.scrollHeight;
  }, [ticket.id, count]);
  const created = ticket.messages[0]?.at;
  return (
    <section className="ticket-view">
      <nav className="ticket-view__bar">
        <a className="back-link" href={LIST_HREF}>
          {strings.back}
        </a>
      </nav>
      <div className="ticket-view__columns">
        <div className="ticket-main">
          <header className="ticket-header">
            <h1 className="ticket-header__subject">{ticketSubject(ticket)}</h1>
            <div className="ticket-header__meta">
              <span className="ticket-header__number">#{ticket.id}</span>
              <span className="ticket-header__requester">{ticket.name}</span>
              {ticket.vip && <span className="tag-vip">★ VIP</span>}
              <span className={`status-badge status-badge--${status}`}>{strings.status[status]}</span>
            </div>
          </header>
          <div className="thread" ref={thread}>
            {ticket.messages.map((message) => (
              <ThreadCard key={message.id} message={message} ticket={ticket} strings={strings} />
            ))}
          </div>
          <ReplyBox ticketId={ticket.id} drafts={drafts} strings={strings} onSubmit={onSubmit} />
        </div>
        <aside className="ticket-props">
          <h2>{strings.properties}</h2>
          <dl>
            <dt>{strings.ticket}</dt>
            <dd>#{ticket.id}</dd>
            <dt>{strings.requester}</dt>
            <dd>
              {ticket.name}
              {ticket.vip && <span className="tag-vip">★ VIP</span>}
            </dd>
            <dt>{strings.colStatus}</dt>
            <dd>
              <span className={`status-badge status-badge--${status}`}>{strings.status[status]}</span>
            </dd>
            <dt>{strings.language}</dt>
            <dd>{strings.languageName[ticket.lang]}</dd>
            <dt>{strings.created}</dt>
            <dd>{created !== undefined ? formatCardTime(created) : '—'}</dd>
            <dt>{strings.updated}</dt>
            <dd>{formatCardTime(lastUpdate(ticket))}</dd>
          </dl>
        </aside>
      </div>
    </section>
  );
}
