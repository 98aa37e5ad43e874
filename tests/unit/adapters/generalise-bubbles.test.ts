// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { observe } from '../../../lib/adapters/engine';
import { generaliseBubbles } from '../../../lib/adapters/teach/bubbles';
import { buildTaughtProfile } from '../../../lib/adapters/teach/draft';

// Bubble sides told apart by whatever the console has, where a person clicks: the
// middle of the message text.

afterEach(() => {
  document.body.innerHTML = '';
});

const texts = (css: string) =>
  [...document.querySelectorAll(css)].map((element) => element.textContent?.replace(/\s+/g, ' ').trim());

describe('generaliseBubbles', () => {
  it('finds the side on the inner bubble when every wrapper is the same (utility classes)', () => {
    const message = (side: 'start' | 'end', text: string, time: string) =>
      `<div class="flex flex-col"><div class="max-w-lg px-3 self-${side} bg-${side === 'end' ? 'indigo-600' : 'gray-100'}">${text}</div>` +
      `<time class="text-2xs self-${side}">${time}</time></div>`;
    document.body.innerHTML = `<div class="flex-1 overflow-y-auto flex flex-col">${[
      message('start', 'Hello, my order is late', '09:01'),
      message('end', 'Looking now', '09:02'),
      message('start', 'Thanks', '09:03'),
      message('end', 'Found it', '09:04'),
    ].join('')}</div>`;
    const [customer, operator] = ['Hello, my order is late', 'Looking now'].map((text) =>
      [...document.querySelectorAll('div')].find((element) => element.textContent === text)!,
    );
    const customerSide = generaliseBubbles(customer!)!;
    const operatorSide = generaliseBubbles(operator!)!;
    // Only the bubbles of each side, never the times under them.
    expect(texts(customerSide.css)).toEqual(['Hello, my order is late', 'Thanks']);
    expect(texts(operatorSide.css)).toEqual(['Looking now', 'Found it']);
  });

  it('teaches the shown chat of a tabbed console and reads only its bubbles', () => {
    const pane = (id: string, hidden: boolean, lines: [string, string][]) =>
      `<div class="chat-pane" data-chat="${id}"${hidden ? ' style="display:none"' : ''}><div class="message-log">${lines
        .map(
          ([side, text]) =>
            `<div class="msg msg-${side}"><div class="msg-meta"><span class="msg-author">${side}</span></div><div class="msg-body">${text}</div></div>`,
        )
        .join('')}</div></div>`;
    document.body.innerHTML = `<ul class="rows"><li class="row" data-id="a"><span class="name">Anna</span></li><li class="row" data-id="b"><span class="name">Boris</span></li></ul>
      ${pane('a', true, [
        ['customer', 'Hidden question'],
        ['operator', 'Hidden answer'],
      ])}
      ${pane('b', false, [
        ['customer', 'Where is my refund?'],
        ['operator', 'Checking'],
        ['customer', 'Still nothing'],
      ])}`;
    const shown = [...document.querySelectorAll('.chat-pane[data-chat="b"] .msg-body')];
    const customer = generaliseBubbles(shown[0]!);
    const operator = generaliseBubbles(shown[1]!);
    expect(customer?.css).toContain('msg-customer');
    expect(operator?.css).toContain('msg-operator');
    const rows = generaliseRowsStub();
    const built = buildTaughtProfile('https://desk.test/agent', {
      rows,
      keyAttribute: 'data-id',
      name: null,
      unread: null,
      preview: null,
      customerBubble: customer,
      operatorBubble: operator,
      composer: null,
      sendButton: null,
    });
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const chat = observe(document, built.profile, 'https://desk.test')?.chat;
    // The hidden pane's bubbles are not the open chat's (a taught bubble's text is all of it).
    expect(chat?.messages.map((message) => message.author)).toEqual(['customer', 'operator', 'customer']);
    expect(chat?.messages.map((message) => message.text).join(' | ')).not.toContain('Hidden');
    expect(chat?.messages.at(-1)?.text).toContain('Still nothing');
  });

  it('tells sides apart by generated class names only (CSS modules), clicked on the text', () => {
    const message = (side: string, text: string) =>
      `<div class="_mQ3x1a ${side}"><div class="_bK9w2c"><div class="_tZ7y4e">${text}</div></div><div class="_dR5v8g" title="06.12.2026, 09:00">1h ago</div></div>`;
    const customer = '_cA1b2C';
    const operator = '_oD3e4F';
    document.body.innerHTML = `<section><div class="_lP0q9s">${[
      message(customer, 'My parcel is lost'),
      message(operator, 'Let me check'),
      message(customer, 'Any news?'),
      message(operator, 'It is on its way'),
    ].join('')}</div></section>`;
    const texts0 = [...document.querySelectorAll('._tZ7y4e')];
    const customerSide = generaliseBubbles(texts0[0]!)!;
    const operatorSide = generaliseBubbles(texts0[1]!)!;
    expect(texts(customerSide.css)).toEqual(['My parcel is lost1h ago', 'Any news?1h ago']);
    expect(texts(operatorSide.css)).toEqual(['Let me check1h ago', 'It is on its way1h ago']);
    expect(customerSide.why).toContain('fragile');
  });

  it('refuses a side nothing sets apart (every bubble alike)', () => {
    document.body.innerHTML = `<div class="log">${['a', 'b', 'c', 'd']
      .map((text) => `<div class="msg"><p>${text}</p></div>`)
      .join('')}</div>`;
    expect(generaliseBubbles(document.querySelector('.msg p')!)).toBeNull();
  });

  it('compares the clicked text with the other bubbles’ texts, not with their meta lines', () => {
    const message = (side: string, text: string) =>
      `<div class="msg msg-${side}"><div class="msg-meta"><span>X</span> <span>14:05:20</span></div><div class="msg-body">${text}</div></div>`;
    // Only the customer has written here: no comparing, but the class names the side.
    document.body.innerHTML = `<div class="msg-log">${message('customer', 'Hello')}${message('customer', 'Anyone?')}</div>`;
    expect(generaliseBubbles(document.querySelector('.msg-body')!)?.css).toBe('div.msg.msg-customer');
    // Nothing names it and nothing differs: no selector (one for every bubble would read replies as the customer's).
    document.body.innerHTML = `<div class="log">${message('a', 'Hello').replace(/msg-a/, 'msg-x1')}${message('a', 'Anyone?').replace(/msg-a/, 'msg-x1')}</div>`;
    expect(generaliseBubbles(document.querySelector('.msg-body')!)).toBeNull();
    document.body.innerHTML = `<div class="msg-log">${message('customer', 'Hello')}${message('operator', 'Hi')}${message('customer', 'Anyone?')}</div>`;
    expect(generaliseBubbles(document.querySelector('.msg-body')!)?.css).toBe('div.msg.msg-customer');
  });
});

function generaliseRowsStub() {
  return { css: '.row', count: 2, why: 'the rows of this test' };
}
