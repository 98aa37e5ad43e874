// The agent's desk: a top bar, the views sidebar, and either the ticket list or
// one open ticket in its place. The open ticket is the sim's (set from the route).
import { useState } from 'react';
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { Lang } from '../shared/gallery-types.ts';
import { useConversations, useOpenId } from '../shared/use-gallery-sim.ts';
import { useNow } from '../shared/use-now.ts';
import type { Drafts } from './drafts.ts';
import { ticketStatus } from './ticket-fields.ts';
import { LIST_HREF } from './ticket-route.ts';
import { TicketTable } from './ticket-table.tsx';
import { TicketView } from './ticket-view.tsx';
import type { TicketsStrings } from './tickets-strings.ts';

type View = 'all' | 'unanswered' | 'answered';

interface TicketsAppProps {
  sim: GallerySim;
  drafts: Drafts;
  strings: TicketsStrings;
  lang: Lang;
}

export function TicketsApp({ sim, drafts, strings, lang }: TicketsAppProps) {
  const tickets = useConversations(sim);
  const openId = useOpenId(sim);
  const now = useNow(30_000);
  const [view, setView] = useState<View>('all');
  const open = openId ? tickets.find((ticket) => ticket.id === openId) : undefined;

  const unanswered = tickets.filter((ticket) => ticketStatus(ticket) !== 'answered');
  const answered = tickets.filter((ticket) => ticketStatus(ticket) === 'answered');
  const views: { id: View; label: string; list: typeof tickets }[] = [
    { id: 'all', label: strings.viewAll, list: tickets },
    { id: 'unanswered', label: strings.viewUnanswered, list: unanswered },
    { id: 'answered', label: strings.viewAnswered, list: answered },
  ];
  const current = views.find((entry) => entry.id === view)!;

  return (
    <div className="desk">
      <header className="topbar">
        <span className="topbar__logo">◆</span>
        <span className="topbar__product">{strings.product}</span>
        <input className="topbar__search" type="search" placeholder={strings.search} />
        <span className="topbar__agent">
          <span className="topbar__avatar">{strings.agentName.slice(0, 1)}</span>
          {strings.agentName}
        </span>
      </header>
      <div className="desk__body">
        <nav className="views">
          <h2>{strings.views}</h2>
          <ul>
            {views.map((entry) => (
              <li key={entry.id}>
                <a
                  href={LIST_HREF}
                  className={!open && entry.id === view ? 'active' : undefined}
                  onClick={() => setView(entry.id)}
                >
                  <span>{entry.label}</span>
                  <span className="views__count">{entry.list.length}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="desk__main">
          {open ? (
            <TicketView
              ticket={open}
              drafts={drafts}
              strings={strings}
              onSubmit={(text, kind) => sim.operatorSends(open.id, text, Date.now(), kind)}
            />
          ) : (
            <TicketTable
              tickets={current.list}
              heading={current.label}
              strings={strings}
              lang={lang}
              now={now}
            />
          )}
        </main>
      </div>
    </div>
  );
}
