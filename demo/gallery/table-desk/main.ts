// Table desk: a server-rendered support app. The layout is static; every 3 s (and
// right after the operator's own actions) the list's whole <tbody> is replaced
// with fresh HTML, so no row node outlives a poll. A conversation opens through
// its link's hash, and its partial is swapped in below the same way.
import { bootGallery } from '../shared/boot-gallery.ts';
import { waitingSince } from '../shared/gallery-sim.ts';
import { installGroundTruth } from '../shared/ground-truth.ts';
import { renderConversation, renderMessages } from './render-conversation.ts';
import { conversationHref, renderRows } from './render-rows.ts';
import { labelShell } from './shell-labels.ts';
import { TABLE_STRINGS } from './table-strings.ts';

const POLL_MS = 3000;
const ROUTE = /^#\/conversations\/(\d+)$/;

const { params, sim } = bootGallery({ lang: 'en' });
const strings = TABLE_STRINGS[params.lang];
labelShell(document, strings, params.lang);

const tbody = document.getElementById('conversation-rows') as HTMLTableSectionElement;
const footer = document.getElementById('list-footer') as HTMLElement;
const panel = document.getElementById('conversation-panel') as HTMLElement;
const filter = document.getElementById('filter') as HTMLSelectElement;
const refreshLink = document.getElementById('refresh') as HTMLAnchorElement;

function visibleConversations() {
  const all = sim.conversations();
  if (filter.value !== 'open') return all;
  return all.filter((conversation) => waitingSince(conversation) !== null);
}

/** What a poll does: fetch the list partial and the open conversation's messages, swap them in. */
function refresh(): void {
  const now = Date.now();
  const list = visibleConversations();
  tbody.innerHTML = renderRows(list, sim.openId(), strings, now);
  footer.textContent = strings.shown(list.length);
  const openId = sim.openId();
  const conversation = openId ? sim.get(openId) : undefined;
  const messages = panel.querySelector<HTMLUListElement>('ul.messages');
  if (conversation && messages) {
    const atBottom = messages.scrollTop + messages.clientHeight >= messages.scrollHeight - 8;
    messages.innerHTML = renderMessages(conversation, strings, now);
    if (atBottom) messages.scrollTop = messages.scrollHeight;
  }
}

function showConversation(id: string | null): void {
  const conversation = id ? sim.get(id) : undefined;
  if (!conversation) {
    if (sim.openId() !== null) sim.open(null);
    panel.innerHTML = `<p class="empty">${strings.pickOne}</p>`;
    refresh();
    return;
  }
  if (sim.openId() === conversation.id && panel.querySelector('form')) return;
  sim.open(conversation.id);
  panel.innerHTML = renderConversation(sim.get(conversation.id)!, strings, Date.now());
  const messages = panel.querySelector<HTMLUListElement>('ul.messages');
  if (messages) messages.scrollTop = messages.scrollHeight;
  refresh();
}

function route(): void {
  const match = ROUTE.exec(window.location.hash);
  showConversation(match ? match[1]! : null);
}

// The reply form posts the way a server form would; here the "server" is the sim.
panel.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const body = form.elements.namedItem('body') as HTMLTextAreaElement;
  const internal = form.elements.namedItem('internal') as HTMLInputElement;
  const openId = sim.openId();
  if (!openId || !body.value.trim()) return;
  sim.operatorSends(openId, body.value, Date.now(), internal.checked ? 'note' : 'operator');
  body.value = '';
  internal.checked = false;
  refresh();
  const messages = panel.querySelector<HTMLUListElement>('ul.messages');
  if (messages) messages.scrollTop = messages.scrollHeight;
  body.focus();
});

// Old list pages make the whole row clickable: a click outside the link follows it.
tbody.addEventListener('click', (event) => {
  const target = event.target as Element;
  if (target.closest('a')) return;
  const link = target.closest('tr')?.querySelector('a');
  if (link) window.location.hash = link.getAttribute('href')!;
});

filter.addEventListener('change', refresh);
refreshLink.addEventListener('click', (event) => {
  event.preventDefault();
  refresh();
});
window.addEventListener('hashchange', route);
setInterval(refresh, POLL_MS);
route();

function rowOf(id: string): HTMLTableRowElement | null {
  return tbody.querySelector(`a[href="${conversationHref(id)}"]`)?.closest('tr') ?? null;
}

/** A row a person would teach on: unread, not the open one, first in the list. */
function teachRow(): HTMLTableRowElement | null {
  for (const row of tbody.rows) {
    const match = ROUTE.exec(row.querySelector('a')?.getAttribute('href') ?? '');
    const conversation = match ? sim.get(match[1]!) : undefined;
    if (conversation && conversation.unread > 0 && conversation.id !== sim.openId()) return row;
  }
  return null;
}

/** The reply form's "Internal note" checkbox: checked, the form posts a note. */
const noteBox = () => panel.querySelector<HTMLInputElement>('input[name="internal"]');

installGroundTruth('table-desk', sim, {
  rowOf,
  inNoteMode: () => noteBox()?.checked ?? false,
  composerText: () =>
    sim.openId() === null
      ? null
      : (panel.querySelector<HTMLTextAreaElement>('textarea[name="body"]')?.value ?? null),
  teachTargets: () => {
    const row = teachRow();
    return {
      row,
      name: row?.querySelector('td.col-customer a') ?? null,
      unread: row?.querySelector('td.col-icon img') ?? null,
      preview: row?.querySelector('td.col-preview') ?? null,
      time: row?.querySelector('td.col-activity') ?? null,
      customerBubble: [...panel.querySelectorAll('li.message-customer .message-body')].at(-1) ?? null,
      operatorBubble: [...panel.querySelectorAll('li.message-operator .message-body')].at(-1) ?? null,
      composer: panel.querySelector('textarea[name="body"]'),
      send: panel.querySelector('input[type="submit"]'),
      // One checkbox both ways: a click turns notes on, the next one off.
      noteSwitch: noteBox()?.checked ? null : noteBox(),
      replySwitch: noteBox()?.checked ? noteBox() : null,
    };
  },
  open: (id) => {
    window.location.hash = conversationHref(id);
    showConversation(id);
  },
});
