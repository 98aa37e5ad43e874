// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findComposer, findRowElement, observe } from '../../../lib/adapters/engine';
import { proposeProfile, type Proposal } from '../../../lib/adapters/teach/proposal';
import { scopeRoots } from '../../../lib/adapters/search-scope';
import { parseSiteProfile } from '../../../lib/adapters/site-profile';
import { createTeachController, type TeachState } from '../../../lib/adapters/teach/controller';
import { buildTaughtProfile } from '../../../lib/adapters/teach/draft';

// A console built of web components, as Lit or LWC apps are: only the app element
// is in the page; the list, each row, each bubble and the composer are custom
// elements drawing into their own open shadow roots, each with its <style>.

const SITE = 'https://agent.example.com';
const NOW = new Date(2026, 11, 6, 12, 0).getTime();

function component(tag: string, html: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.attachShadow({ mode: 'open' }).innerHTML =
    `<style>:host{display:block} .x{transition:0.2s}</style>${html}`;
  return element;
}

const ROWS = [
  { id: '4101', name: 'Анна Смирнова', time: '10:05', preview: 'Где мой заказ?', unread: 2, active: false },
  {
    id: '4102',
    name: 'Grace Turner',
    time: '11:40',
    preview: 'You: Sent the label',
    unread: 0,
    active: true,
  },
  { id: '4103', name: 'Анна Смирнова', time: '09:12', preview: 'Спасибо!', unread: 0, active: false },
  { id: '4104', name: 'Owen Collins', time: '11:58', preview: 'Refund please', unread: 1, active: false },
];

function mount(): HTMLElement {
  const app = component('support-console', '<header class="top">Support</header>');
  const appRoot = app.shadowRoot!;
  const list = component('inbox-list', '<div class="list" role="list"></div>');
  for (const row of ROWS) {
    const item = component(
      'inbox-item',
      `<div class="item${row.unread ? ' item--unread' : ''}"${row.active ? ' aria-current="true"' : ''}>
         <span class="avatar">${row.name[0]}</span>
         <span class="name">${row.name}</span>
         <time class="time">${row.time}</time>
         <span class="preview">${row.preview}</span>
         <span class="badge"${row.unread ? '' : ' hidden'}>${row.unread}</span>
       </div>`,
      { 'conversation-id': row.id, role: 'listitem', ...(row.active ? { active: '' } : {}) },
    );
    list.shadowRoot!.querySelector('.list')!.append(item);
  }
  const thread = component('chat-thread', '<h2 class="title">Grace Turner</h2><div class="messages"></div>');
  const messages: [string, string, string][] = [
    ['inbound', 'My parcel is lost', '11:30'],
    ['outbound', 'Let me check', '11:35'],
    ['inbound', 'Any news?', '11:38'],
    ['outbound', 'Sent the label', '11:40'],
  ];
  for (const [kind, text, time] of messages)
    thread.shadowRoot!.querySelector('.messages')!.append(
      component(
        'chat-message',
        `<div class="bubble"><div class="text">${text}</div><div class="meta">${time}</div></div>`,
        {
          kind,
        },
      ),
    );
  const composer = component(
    'reply-composer',
    '<textarea class="input"></textarea><button class="send">Send</button>',
  );
  appRoot.append(list, thread, composer);
  document.body.append(app);
  return app;
}

/** An element inside nested shadow roots, by a path of selectors, one per root. */
function deep(...path: string[]): Element {
  let scope: ParentNode = document;
  let found: Element | null = null;
  for (const css of path) {
    found = scope.querySelector(css);
    if (!found) throw new Error(`nothing at ${css}`);
    scope = found.shadowRoot ?? found;
  }
  return found!;
}

let states: TeachState[];
let stop: (() => void) | undefined;
beforeEach(() => {
  document.body.innerHTML = '';
  states = [];
  mount();
});
afterEach(() => stop?.());

/** Teach mode on this page, from a proposal or from nothing; stopped after the test. */
function start(proposal: Proposal | null = null) {
  const controller = createTeachController({
    doc: document,
    ours: () => false,
    onChange: (s) => states.push(s),
    onCancel: () => {},
    proposal,
    now: () => NOW,
  });
  stop = controller.stop;
  return controller;
}

function teachAll() {
  const controller = start();
  const item = (n: number, css: string) =>
    deep('support-console', 'inbox-list', `inbox-item:nth-of-type(${n})`, css);
  controller.teach(item(1, '.name')); // rows: the first obvious click, on a name
  controller.teach(item(1, '.name'));
  controller.teach(item(1, '.badge'));
  controller.teach(item(1, '.preview'));
  controller.teach(item(1, '.time'));
  controller.teach(deep('support-console', 'chat-thread', 'chat-message[kind="inbound"]', '.text'));
  controller.teach(deep('support-console', 'chat-thread', 'chat-message[kind="outbound"]', '.text'));
  controller.teach(deep('support-console', 'reply-composer', 'textarea'));
  controller.teach(deep('support-console', 'reply-composer', 'button.send'));
  controller.skip(); // no note mode
  return controller;
}

describe('teaching a console of web components', () => {
  it('takes the first obvious click at every step, across the shadow roots', () => {
    teachAll();
    const state = states.at(-1)!;
    expect([state.step, state.problem]).toEqual(['review', null]);
    expect(state.found.rows?.count).toBe(4);
    expect(Object.keys(state.found).sort()).toEqual(
      [
        'composer',
        'customerBubble',
        'name',
        'operatorBubble',
        'preview',
        'rows',
        'sendButton',
        'time',
        'unread',
      ].sort(),
    );
  });

  it('builds a profile that reads every row, the open chat and the composer', () => {
    const answers = teachAll().answers()!;
    // Rows keyed by the component's own attribute: two customers share a name.
    expect(answers.keyAttribute).toBe('conversation-id');
    const built = buildTaughtProfile(`${SITE}/console`, answers);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    // The time the operator pointed at, read from its text (the component keeps no full time).
    expect(built.profile.lastTime).toEqual({ selectors: [expect.objectContaining({ css: '.time' })] });
    expect(parseSiteProfile(built.profile)).toEqual({ ok: true, profile: built.profile });

    const seen = observe(document, built.profile, SITE, NOW);
    expect(seen.rows.map((row) => [row.key, row.name, row.unread, row.preview, row.previewAuthor])).toEqual([
      ['4101', 'Анна Смирнова', 2, 'Где мой заказ?', 'customer'],
      ['4102', 'Grace Turner', 0, 'Sent the label', 'operator'],
      ['4103', 'Анна Смирнова', 0, 'Спасибо!', 'customer'],
      ['4104', 'Owen Collins', 1, 'Refund please', 'customer'],
    ]);
    // The time each row shows (the latest instant of that minute), not the style sheet's "0.2s".
    expect(seen.rows[0]!.lastAt).toBe(new Date(2026, 11, 6, 10, 5, 59, 999).getTime());
    expect(seen.rows[0]!.rowText).not.toContain('transition');
    expect(seen.open).toBe('known');
    expect(seen.rows.find((row) => row.active)?.key).toBe('4102');
    expect(seen.chat?.messages.map((message) => [message.author, message.text])).toEqual([
      ['customer', 'My parcel is lost 11:30'],
      ['operator', 'Let me check 11:35'],
      ['customer', 'Any news? 11:38'],
      ['operator', 'Sent the label 11:40'],
    ]);
    expect(seen.composerFound).toBe(true);
    expect(findComposer(document, built.profile)).toBe(deep('support-console', 'reply-composer', 'textarea'));
    expect(findRowElement(document, built.profile, '4103')).toBe(
      deep('support-console', 'inbox-list', 'inbox-item[conversation-id="4103"]'),
    );
  });

  it('reads and watches each row component’s own root, and no more roots than there are', () => {
    const built = buildTaughtProfile(`${SITE}/console`, teachAll().answers()!);
    if (!built.ok) throw new Error('not built');
    // The app, the list, 4 rows, the thread, 4 bubbles, the composer, and the page.
    expect(scopeRoots(document, built.profile)).toHaveLength(1 + 1 + 1 + 4 + 1 + 4 + 1);
  });

  it('proposes the rows inside the list component before any click, and teaching goes on from there', () => {
    const proposal = proposeProfile(document);
    expect(proposal?.rows.count).toBe(4);
    expect(proposal?.rowsRoot).toBe(deep('support-console', 'inbox-list').shadowRoot);
    const controller = start(proposal);
    controller.teach(deep('support-console', 'inbox-list', 'inbox-item:nth-of-type(2)', '.name'));
    const built = buildTaughtProfile(`${SITE}/console`, controller.answers()!);
    if (!built.ok) throw new Error('not built');
    expect(observe(document, built.profile, SITE, NOW).rows.map((row) => row.key)).toEqual([
      '4101',
      '4102',
      '4103',
      '4104',
    ]);
  });
});
