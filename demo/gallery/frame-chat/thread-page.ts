// thread.html?chat=ID, the page inside the agent app's iframe. It draws one
// dialog from the host's PulseAgent, redraws its bubbles on every change
// (unsubscribing when the frame navigates away) and sends through the host.
import { escapeHtml } from '../shared/escape-html.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { hostAgent, type PulseAgent } from './agent-bridge.ts';
import { messagesHtml } from './thread-render.ts';
import { stringsFor } from './strings.ts';
import './thread.css';

const root = document.querySelector<HTMLElement>('#thread')!;
const agent = hostAgent(window);
const chatId = new URLSearchParams(window.location.search).get('chat');
const strings = stringsFor(agent?.lang ?? 'ru');
document.documentElement.lang = agent?.lang ?? 'ru';

const conversation = agent && chatId ? agent.chat(chatId) : undefined;
if (agent && conversation) mount(agent, conversation);
else showEmpty();

function showEmpty(): void {
  root.className = 'thread thread-empty';
  root.innerHTML = `<div class="empty"><svg class="empty-art" viewBox="0 0 24 24" width="56" height="56" fill="none" stroke="currentColor" stroke-width="1.2" stroke-linejoin="round" aria-hidden="true"><path d="M4 5h16v11H9l-5 4z" /></svg><h2>${escapeHtml(strings.emptyTitle)}</h2><p>${escapeHtml(strings.emptyHint)}</p></div>`;
}

function mount(agent: PulseAgent, first: GalleryConversation): void {
  const id = first.id;
  document.title = `${first.name} — Pulse`;
  root.innerHTML = `
    <header class="head">
      <div class="who">
        <h1 class="visitor">${escapeHtml(first.name)}</h1>
        ${first.vip ? `<span class="vip-badge">★ ${escapeHtml(strings.vip)}</span>` : ''}
        <div class="source">${escapeHtml(strings.source)} · №${id}</div>
      </div>
      <div class="head-actions">
        <button type="button" class="btn">${escapeHtml(strings.transfer)}</button>
        <button type="button" class="btn btn-danger">${escapeHtml(strings.close)}</button>
      </div>
    </header>
    <div class="messages"></div>
    <form class="composer">
      <div class="modes">
        <label><input type="radio" name="mode" value="operator" checked /> ${escapeHtml(strings.reply)}</label>
        <label><input type="radio" name="mode" value="note" /> ${escapeHtml(strings.note)}</label>
      </div>
      <textarea name="text" rows="3" placeholder="${escapeHtml(strings.placeholderReply)}"></textarea>
      <div class="composer-bar">
        <span class="hint">${escapeHtml(strings.hint)}</span>
        <button type="submit" class="send">${escapeHtml(strings.send)}</button>
      </div>
    </form>`;
  const messages = root.querySelector<HTMLElement>('.messages')!;
  const form = root.querySelector<HTMLFormElement>('.composer')!;
  const textarea = form.querySelector('textarea')!;

  const draw = () => {
    const current = agent.chat(id);
    if (!current) return;
    const stick = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 60;
    messages.innerHTML = messagesHtml(current, strings, agent.lang, Date.now());
    if (stick) messages.scrollTop = messages.scrollHeight;
  };
  draw();
  messages.scrollTop = messages.scrollHeight;

  const mode = () => (new FormData(form).get('mode') === 'note' ? 'note' : 'operator');
  const syncMode = () => {
    form.classList.toggle('note-mode', mode() === 'note');
    textarea.placeholder = mode() === 'note' ? strings.placeholderNote : strings.placeholderReply;
  };
  form.addEventListener('change', syncMode);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!textarea.value.trim()) return;
    agent.send(id, textarea.value, mode());
    textarea.value = '';
    textarea.focus();
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    form.requestSubmit();
  });
  // The frame's document is thrown away on the next open: keep the draft with the host.
  textarea.value = agent.draft(id);
  textarea.addEventListener('input', () => agent.saveDraft(id, textarea.value));
  textarea.focus();

  const unsubscribe = agent.subscribe(draw);
  window.addEventListener('pagehide', unsubscribe, { once: true });
}
