// Pulse, the agent app: the dialog list in this document, the open dialog in
// an iframe whose src is set to thread.html?chat=ID on every open; the frame
// talks to the app through window.PulseAgent.
import { bootGallery } from '../shared/boot-gallery.ts';
import { installGroundTruth } from '../shared/ground-truth.ts';
import { exposeAgent } from './agent-bridge.ts';
import { onChatClick, renderChatList } from './chat-list.ts';
import { stringsFor } from './strings.ts';
import { teachHooks } from './teach-hooks.ts';
import './console.css';

const { params, sim } = bootGallery({ lang: 'ru' });
const strings = stringsFor(params.lang);
document.documentElement.lang = params.lang;
exposeAgent(window, sim, params.lang);

const list = document.querySelector<HTMLUListElement>('#chat-list')!;
const frame = document.querySelector<HTMLIFrameElement>('#chat-frame')!;
document.querySelector('.sidebar-title')!.textContent = strings.title;
document.querySelector('.agent-status')!.textContent = strings.online;
document.querySelector<HTMLInputElement>('.sidebar-search')!.placeholder = strings.search;
frame.title = strings.frameTitle;
for (const item of document.querySelectorAll<HTMLElement>('.rail-item')) {
  item.title = strings.rail[item.dataset.label as keyof typeof strings.rail];
  item.addEventListener('click', (event) => event.preventDefault());
}

/** A row click: mark the dialog read, then load its page into the frame. */
function openChat(id: string): void {
  const url = new URL('thread.html', document.baseURI);
  url.searchParams.set('chat', id);
  const same = sim.openId() === id && frame.contentWindow?.location.href === url.href;
  sim.open(id);
  if (!same) frame.src = url.href;
}

function render(): void {
  renderChatList(list, sim.conversations(), sim.openId(), strings);
  document.querySelector('.list-caption')!.textContent = strings.caption(sim.conversations().length);
  const unread = sim.conversations().reduce((sum, conversation) => sum + conversation.unread, 0);
  document.title = `${unread ? `(${unread}) ` : ''}Pulse — ${strings.title}`;
}

onChatClick(list, openChat);
sim.subscribe(render);
render();
installGroundTruth('frame-chat', sim, teachHooks({ sim, list, frame, open: openChat }));
