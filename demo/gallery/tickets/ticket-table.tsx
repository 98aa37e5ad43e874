// The ticket list: one <tr data-ticket-id> per ticket, newest update first; the
// number is a link and the whole row opens the ticket.
import { useState } from 'react';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';
import { byLastUpdate, lastUpdate, ticketStatus, ticketSubject } from './ticket-fields.ts';
import { ticketHref } from './ticket-route.ts';
import { formatLastUpdate } from './ticket-time.ts';
import type { TicketsStrings } from './tickets-strings.ts';

interface TicketTableProps {
  tickets: readonly GalleryConversation[];
  heading: string;
  strings: TicketsStrings;
  lang: Lang;
  now: number;
}

export function TicketTable({ tickets, heading, strings, lang, now }: TicketTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const sorted = byLastUpdate(tickets);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="ticket-list">
      <header className="ticket-list__header">
        <h1>{heading}</h1>
        <span className="ticket-list__count">{strings.count(sorted.length)}</span>
      </header>
      <table className="tickets">
        <thead>
          <tr>
            <th className="tickets__check">
              <input
                type="checkbox"
                aria-label={strings.selectAll}
                checked={sorted.length > 0 && selected.size === sorted.length}
                onChange={(event) =>
                  setSelected(new Set(event.target.checked ? sorted.map((ticket) => ticket.id) : []))
                }
              />
            </th>
            <th className="tickets__number">{strings.colNumber}</th>
            <th className="tickets__subject">{strings.colSubject}</th>
            <th className="tickets__requester">{strings.colRequester}</th>
            <th className="tickets__status">{strings.colStatus}</th>
            <th className="tickets__updated">{strings.colUpdated}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((ticket) => {
            const status = ticketStatus(ticket);
            const unread = ticket.unread > 0;
            const classes = [unread ? 'unread' : '', selected.has(ticket.id) ? 'selected' : '']
              .filter(Boolean)
              .join(' ');
            return (
              <tr
                key={ticket.id}
                data-ticket-id={ticket.id}
                className={classes || undefined}
                onClick={() => {
                  window.location.hash = ticketHref(ticket.id);
                }}
              >
                <td className="tickets__check" onClick={(event) => event.stopPropagation()}>
                  <input
                    type="checkbox"
                    checked={selected.has(ticket.id)}
                    onChange={() => toggle(ticket.id)}
                  />
                </td>
                <td className="tickets__number">
                  <a href={ticketHref(ticket.id)}>#{ticket.id}</a>
                </td>
                <td className="tickets__subject">
                  {unread && <span className="pill-new">{strings.newPill}</span>}
                  <span className="subject-text">{ticketSubject(ticket)}</span>
                </td>
                <td className="tickets__requester">
                  <span className="requester-name">{ticket.name}</span>
                  {ticket.vip && (
                    <span className="tag-vip" title="VIP">
                      ★ VIP
                    </span>
                  )}
                </td>
                <td className="tickets__status">
                  <span className={`status-badge status-badge--${status}`}>{strings.status[status]}</span>
                </td>
                <td className="tickets__updated">{formatLastUpdate(lastUpdate(ticket), now, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
