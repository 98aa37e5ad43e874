// Tickets: a classic ticket desk built with React. The route (`#/tickets/4101`)
// says which ticket is open; the sim is told, and the desk renders from it.
import { createRoot } from 'react-dom/client';
import { bootGallery } from '../shared/boot-gallery.ts';
import { installGroundTruth } from '../shared/ground-truth.ts';
import { Drafts } from './drafts.ts';
import { LIST_HREF, ticketHref, ticketIdFromHash } from './ticket-route.ts';
import { TicketsApp } from './tickets-app.tsx';
import { TICKETS_STRINGS } from './tickets-strings.ts';
import './tickets.css';

const { params, sim } = bootGallery({ lang: 'ru' });
const strings = TICKETS_STRINGS[params.lang];
const drafts = new Drafts();
document.documentElement.lang = params.lang;
document.title = `${strings.heading} — ${strings.product}`;

function syncRoute(): void {
  const id = ticketIdFromHash(window.location.hash);
  if (id !== null && !sim.get(id)) {
    window.location.hash = LIST_HREF;
    return;
  }
  if (id !== sim.openId()) sim.open(id);
}

window.addEventListener('hashchange', syncRoute);
syncRoute();

const root = document.getElementById('root')!;
createRoot(root).render(<TicketsApp sim={sim} drafts={drafts} strings={strings} lang={params.lang} />);

function teachRow(): HTMLTableRowElement | null {
  for (const row of document.querySelectorAll<HTMLTableRowElement>('table.tickets tr[data-ticket-id]')) {
    const ticket = sim.get(row.dataset.ticketId!);
    if (ticket && ticket.unread > 0 && ticket.id !== sim.openId()) return row;
  }
  return null;
}

const last = (selector: string) => [...document.querySelectorAll(selector)].at(-1) ?? null;

// React commits asynchronously after the first render; wait for the table.
function whenRendered(then: () => void): void {
  if (root.querySelector('.desk')) then();
  else requestAnimationFrame(() => whenRendered(then));
}

whenRendered(() =>
  installGroundTruth('tickets', sim, {
    rowOf: (id) => document.querySelector(`table.tickets tr[data-ticket-id="${id}"]`),
    composerText: () => {
      const id = sim.openId();
      return id === null ? null : drafts.get(id);
    },
    teachTargets: () => {
      const row = teachRow();
      return {
        row,
        name: row?.querySelector('.requester-name') ?? null,
        unread: row?.querySelector('.pill-new') ?? null,
        preview: null,
        time: row?.querySelector('td.tickets__updated') ?? null,
        customerBubble: last('.thread-card--customer .thread-card__body'),
        operatorBubble: last('.thread-card--agent .thread-card__body'),
        composer: document.querySelector('.reply-box textarea'),
        send: document.querySelector('.reply-box .send-reply'),
        // No note mode: a note is sent with a button of its own.
        noteSend: document.querySelector('.reply-box .add-note'),
      };
    },
    open: (id) => {
      window.location.hash = ticketHref(id);
      sim.open(id);
    },
    // "← Back to tickets": the list comes back in place of the ticket.
    close: () => {
      window.location.hash = LIST_HREF;
      sim.open(null);
    },
  }),
);
