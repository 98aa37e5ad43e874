// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { generaliseRows } from '../../../lib/adapters/teach/rows';
import { generaliseBubbles } from '../../../lib/adapters/teach/bubbles';
import { generaliseInside } from '../../../lib/adapters/teach/parts';
import { keyAttributeFor, keyLinkFor } from '../../../lib/adapters/teach/row-keys';
import { deepElementFromPoint } from '../../../lib/adapters/teach/deep-hit-test';
import { rootOf } from '../../../lib/adapters/teach/safe-dom';
import { describeElement } from '../../../lib/adapters/teach/stable-selector/selector-builder';
import { stableAttributes } from '../../../lib/adapters/teach/stable-selector/stable-attributes';
import { isHashedClass } from '../../../lib/adapters/teach/stable-selector/stable-classes';

// Paths, not URLs: the DOM environment replaces the global URL class.
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../../fixtures');

function load(fixture: string): void {
  document.body.innerHTML = readFileSync(path.join(fixtures, fixture), 'utf8');
}

function must<T extends Element>(scope: ParentNode, css: string): T {
  const found = scope.querySelector<T>(css);
  if (!found) throw new Error(`fixture has no ${css}`);
  return found;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What the engine does with a selector inside a row. */
function findIn(row: Element, css: string): Element | null {
  return row.matches(css) ? row : row.querySelector(css);
}

/** Every class name in the selector (to check none is generated). */
function classesIn(css: string): string[] {
  return Array.from(css.matchAll(/\.([A-Za-z_-][\w-]*)/g), (match) => match[1]!);
}

describe('isHashedClass', () => {
  it.each([
    'css-1x2y3z',
    'css-1k9ek97',
    'css-1k9ek97-Row',
    'sc-bdVaJa',
    'sc-dnqmqq',
    'Row_row__3kF9a',
    'styles_list__x8Fq2',
    '_3xX9z',
    '_1a2b3c',
    'jsx-123456',
    'jss42',
    'makeStyles-root-12',
    'svelte-1k9ek97',
    'e1x2y3z0',
    'hVxNqL',
    'kWvTpQ',
    'bdVaJa',
    'w-[37px]',
    'hover:bg-blue-500',
  ])('%s is generated', (name) => {
    expect(isHashedClass(name)).toBe(true);
  });

  it.each([
    'conv-row',
    'chat__message--customer',
    'is-active',
    'MuiListItem-root',
    'MuiButton-containedPrimary',
    'inbox-item__name',
    'tickets__row--new',
    'col-md-6',
    'h-100',
    'mt-4',
    'h1',
    'item12',
    'msg',
    'vip-tag',
    'isOpen',
    'ChatMessage',
  ])('%s is written by hand', (name) => {
    expect(isHashedClass(name)).toBe(false);
  });
});

describe('stableAttributes and describeElement', () => {
  it('orders data-* before role and aria, skips state and generated ids', () => {
    document.body.innerHTML =
      '<li id=":r5:" data-testid="conv" data-conversation-id="c-006" role="option" aria-selected="true" aria-label="Дарья" tabindex="0" class="conv-row conv-row--active css-1k9ek97"></li>';
    const el = must(document, 'li');
    const names = stableAttributes(el).map((attribute) => attribute.name);
    expect(names).toEqual(['data-testid', 'data-conversation-id', 'role', 'aria-label']);
    expect(stableAttributes(el).find((a) => a.name === 'data-conversation-id')?.volatile).toBe(true);
    const many = describeElement(el, { forMany: true });
    expect(many).toBe('li.conv-row[data-testid="conv"][data-conversation-id]');
    expect(many).not.toContain('css-');
    expect(many).not.toContain('--active');
  });

  it('uses a hand-written id for one element but never for many', () => {
    document.body.innerHTML =
      '<ul id="inbox" class="list" role="listbox"></ul><div id="row-88121" class="r"></div>';
    expect(describeElement(must(document, 'ul'), { forMany: false })).toBe('ul#inbox');
    expect(describeElement(must(document, 'ul'), { forMany: true })).toBe('ul.list[role="listbox"]');
    expect(describeElement(must(document, 'div'), { forMany: false })).toBe('div.r');
  });
});

describe('ul/li inbox with BEM classes', () => {
  it('finds the rows, names, unread badges and the key', () => {
    load('generalise/ul-list.html');
    const list = must(document, '.inbox__list');
    const rows = list.querySelectorAll('li');
    const clicked = must(rows[2]!, '.inbox-item__name');
    const result = generaliseRows(clicked)!;
    expect(result).not.toBeNull();
    expect(result.count).toBe(5);
    const matched = Array.from(document.querySelectorAll(result.css));
    expect(matched.every((el) => el.parentElement === list)).toBe(true);
    expect(result.css).not.toContain(':nth-child');
    expect(result.why).toMatch(/\S/);

    const name = generaliseInside(clicked, rows[2]!, result.css, document)!;
    expect(name.css).toBe('.inbox-item__name');
    expect(name.count).toBe(5);
    expect(matched.map((row) => text(findIn(row, name.css)))).toEqual([
      'Мария Кузнецова',
      'Oliver Grant',
      'Игорь Лебедев',
      'Priya Nair',
      'Анна Смирнова',
    ]);

    const badge = generaliseInside(must(rows[0]!, '.inbox-item__badge'), rows[0]!, result.css, document)!;
    expect(badge.css).toBe('.inbox-item__badge');
    expect(badge.count).toBe(2);

    expect(keyAttributeFor(result.css, document)).toBe('data-conversation-id');
  });

  it('tells the customer bubbles from the agent ones', () => {
    load('generalise/ul-list.html');
    const clicked = must(document, '.chat__message--customer');
    const result = generaliseBubbles(clicked)!;
    expect(result.css).toContain('chat__message--customer');
    expect(result.count).toBe(2);
    for (const el of document.querySelectorAll(result.css))
      expect(el.classList.contains('chat__message--customer')).toBe(true);

    const agent = generaliseBubbles(must(document, '.chat__message--agent'))!;
    expect(agent.css).toContain('chat__message--agent');
    expect(agent.count).toBe(2);
  });
});

describe('ticket table', () => {
  it('skips the cells and finds the ticket rows of the right table', () => {
    load('generalise/table.html');
    const body = must(document, 'table.tickets tbody');
    const row = body.querySelectorAll('tr')[3]!;
    const clicked = must(row, '.tickets__name');
    const result = generaliseRows(clicked)!;
    expect(result.count).toBe(6);
    const matched = Array.from(document.querySelectorAll(result.css));
    expect(matched).toHaveLength(6);
    expect(matched.every((el) => el.parentElement === body)).toBe(true);
    expect(result.css).not.toContain(':nth-child');

    const name = generaliseInside(clicked, row, result.css, document)!;
    expect(name.count).toBe(6);
    expect(text(findIn(matched[1]!, name.css))).toBe("James O'Connor");

    const time = generaliseInside(must(row, 'time'), row, result.css, document)!;
    expect(time.css).toBe('time[datetime]');
    expect(time.count).toBe(6);

    expect(keyAttributeFor(result.css, document)).toBe('data-ticket-id');
  });
});

describe('ARIA grid with emotion classes', () => {
  it('uses role and data-id presence, not the generated classes', () => {
    load('generalise/div-grid.html');
    const bodyGroup = document.querySelectorAll('[role="rowgroup"]')[1]!;
    const row = bodyGroup.children[2]!;
    const clicked = row.querySelector('span')!;
    const result = generaliseRows(clicked)!;
    expect(result.count).toBe(4);
    const matched = Array.from(document.querySelectorAll(result.css));
    expect(matched.every((el) => el.parentElement === bodyGroup)).toBe(true);
    expect(result.css).toBe('div[role="row"][data-id]');
    expect(classesIn(result.css).filter(isHashedClass)).toEqual([]);
    expect(result.css).not.toContain(':nth-child');

    const name = generaliseInside(clicked, row, result.css, document)!;
    expect(classesIn(name.css).filter(isHashedClass)).toEqual([]);
    expect(name.count).toBe(4);
    expect(matched.map((each) => text(findIn(each, name.css)))).toEqual([
      'Алексей Морозов',
      'Sophie Turner',
      'Наталья Егорова',
      'Marco Rossi',
    ]);

    // The preview is told apart from the name only by its column.
    const preview = generaliseInside(row.querySelectorAll('span')[1]!, row, result.css, document)!;
    expect(preview.css).not.toContain(':nth-child');
    expect(matched.map((each) => text(findIn(each, preview.css)))[3]).toBe('Thanks, that fixed it');

    expect(keyAttributeFor(result.css, document)).toBe('data-id');
  });
});

describe('styled-components app without data attributes', () => {
  const names = ['Екатерина Петрова', 'Thomas Weber', 'Сергей Фёдоров', 'Laura Chen'];

  it('falls back to structure under a stable landmark', () => {
    load('generalise/hashed-react.html');
    const clicked = Array.from(document.querySelectorAll('span')).find(
      (span) => text(span) === 'Сергей Фёдоров',
    )!;
    const list = clicked.closest('aside')!.children[1]!;
    const row = list.children[2]!;
    const result = generaliseRows(clicked)!;
    expect(result.count).toBe(4);
    const matched = Array.from(document.querySelectorAll(result.css));
    expect(matched).toEqual(Array.from(list.children));
    expect(classesIn(result.css)).toEqual([]);
    expect(result.css).not.toContain(':nth-child');

    const name = generaliseInside(clicked, row, result.css, document)!;
    expect(classesIn(name.css)).toEqual([]);
    expect(name.count).toBe(4);
    expect(matched.map((each) => text(findIn(each, name.css)))).toEqual(names);

    // The time is the second span of the same line.
    const time = generaliseInside(row.querySelectorAll('span')[1]!, row, result.css, document)!;
    expect(classesIn(time.css)).toEqual([]);
    expect(matched.map((each) => text(findIn(each, time.css)))).toEqual(['10:41', '10:20', '09:55', '09:12']);

    expect(keyAttributeFor(result.css, document)).toBeNull();
  });
});

describe('inbox inside an open shadow root', () => {
  function mount(): ShadowRoot {
    load('generalise/shadow.html');
    const host = must(document, 'helpdesk-inbox');
    const shadow = host.attachShadow({ mode: 'open' });
    const template = must<HTMLTemplateElement>(document, '#helpdesk-inbox-template');
    shadow.append(template.content.cloneNode(true));
    return shadow;
  }

  it('works on the shadow root as root', () => {
    const shadow = mount();
    const clicked = shadow.querySelectorAll('.conv__who')[1]!;
    const root = rootOf(clicked);
    expect(root).toBe(shadow);
    const result = generaliseRows(clicked)!;
    expect(result.count).toBe(4);
    expect(shadow.querySelectorAll(result.css)).toHaveLength(4);
    const row = clicked.parentElement!;
    const name = generaliseInside(clicked, row, result.css, root)!;
    expect(name.css).toBe('.conv__who');
    expect(name.count).toBe(4);
    expect(keyAttributeFor(result.css, root)).toBe('data-conversation');
    expect(rootOf(must(document, '.layout'))).toBe(document);
  });
});

describe('chat pane in a same-origin iframe', () => {
  function mount(): { frame: HTMLIFrameElement; frameDoc: Document } {
    load('generalise/iframe.html');
    const frame = must<HTMLIFrameElement>(document, 'iframe');
    // happy-dom loads no frames: give the iframe a document of its own.
    const frameDoc = document.implementation.createHTMLDocument('chat');
    frameDoc.body.innerHTML = must<HTMLTemplateElement>(document, '#chat-frame').innerHTML;
    Object.defineProperty(frame, 'contentDocument', { value: frameDoc, configurable: true });
    return { frame, frameDoc };
  }

  it('finds the list in the page and the customer bubbles in the frame', () => {
    const { frameDoc } = mount();
    const rows = generaliseRows(must(document, '.chats__who'))!;
    expect(rows.count).toBe(3);
    expect(keyAttributeFor(rows.css, document)).toBe('data-chat-key');

    const clicked = must(frameDoc, '.bubble[data-direction="in"] .bubble__text');
    const bubbles = generaliseBubbles(clicked)!;
    expect(bubbles.css).toContain('[data-direction="in"]');
    expect(bubbles.count).toBe(3);
    for (const el of frameDoc.querySelectorAll(bubbles.css))
      expect(el.getAttribute('data-direction')).toBe('in');
  });

  it('deepElementFromPoint descends into the frame and shadow roots', () => {
    const { frame, frameDoc } = mount();
    const target = must(frameDoc, '.bubble__text');
    frame.getBoundingClientRect = () => ({ left: 300, top: 50 }) as DOMRect;
    document.elementFromPoint = vi.fn(() => frame);
    const inFrame = vi.fn(() => target);
    frameDoc.elementFromPoint = inFrame;
    expect(deepElementFromPoint(document, 320, 70)).toBe(target);
    expect(inFrame).toHaveBeenCalledWith(20, 20);

    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button class="inner">x</button>';
    const inner = must(shadow, '.inner');
    document.elementFromPoint = vi.fn(() => host);
    (shadow as unknown as { elementFromPoint: (x: number, y: number) => Element }).elementFromPoint = () =>
      inner;
    expect(deepElementFromPoint(document, 1, 1)).toBe(inner);
  });

  it('deepElementFromPoint stops at a cross-origin frame', () => {
    load('generalise/iframe.html');
    const frame = must<HTMLIFrameElement>(document, 'iframe');
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    document.elementFromPoint = vi.fn(() => frame);
    expect(deepElementFromPoint(document, 5, 5)).toBe(frame);
  });
});

describe('the demo desk fixtures', () => {
  it('generalises the twelve rows of list-12', () => {
    load('demo-desk/list-12.html');
    const clicked = document.querySelectorAll('.conv-row__name')[4]!;
    const row = clicked.closest('li')!;
    const result = generaliseRows(clicked)!;
    expect(result.count).toBe(12);
    const list = must(document, '.conv-list');
    const matched = Array.from(document.querySelectorAll(result.css));
    expect(matched.every((el) => el.parentElement === list)).toBe(true);
    expect(result.css).not.toContain(':nth-child');

    const name = generaliseInside(clicked, row, result.css, document)!;
    expect(name.css).toBe('.conv-row__name');
    expect(name.count).toBe(12);
    for (const each of matched) expect(text(findIn(each, name.css))).toMatch(/\S/);

    const badge = must(document, '.conv-row__unread');
    const badgeRow = badge.closest('li')!;
    const found = generaliseInside(badge, badgeRow, result.css, document)!;
    expect(found.css).toBe('.conv-row__unread');
    expect(found.count).toBe(9);

    expect(keyAttributeFor(result.css, document)).toBe('data-conversation-id');
  });

  it('keeps the rows apart from the chat pane in chat-open and finds customer bubbles only', () => {
    load('demo-desk/chat-open.html');
    const rows = generaliseRows(document.querySelectorAll('.conv-row__preview')[2]!)!;
    expect(rows.count).toBe(12);
    expect(document.querySelector('section.chat')!.matches(rows.css)).toBe(false);

    const clicked = must(document, '.msg--customer .msg__text');
    const bubbles = generaliseBubbles(clicked)!;
    const customer = Array.from(document.querySelectorAll('.msg--customer'));
    expect(Array.from(document.querySelectorAll(bubbles.css))).toEqual(customer);
    expect(bubbles.count).toBe(customer.length);
    expect(bubbles.css).toContain('msg--customer');

    const operator = generaliseBubbles(must(document, '.msg--operator'))!;
    expect(Array.from(document.querySelectorAll(operator.css))).toEqual(
      Array.from(document.querySelectorAll('.msg--operator')),
    );
  });
});

describe('edge cases', () => {
  it('returns null when nothing repeats', () => {
    document.body.innerHTML = '<div class="only"><span class="x">alone</span></div>';
    expect(generaliseRows(must(document, '.x'))).toBeNull();
  });

  it('handles plain ul > li with no classes by scoping to a described list', () => {
    document.body.innerHTML =
      '<ul><li>menu</li><li>menu</li><li>menu</li></ul><ul aria-label="Chats"><li><b>A</b></li><li><b>B</b></li><li><b>C</b></li><li><b>D</b></li></ul>';
    const clicked = document.querySelectorAll('b')[1]!;
    const result = generaliseRows(clicked)!;
    expect(result.count).toBe(4);
    expect(result.css).toContain('aria-label');
    expect(keyAttributeFor(result.css, document)).toBeNull();
  });

  it('returns null for bubbles when the sides look the same', () => {
    document.body.innerHTML =
      '<div class="log"><div class="m"><p>a</p></div><div class="m"><p>b</p></div><div class="m"><p>c</p></div></div>';
    expect(generaliseBubbles(document.querySelectorAll('p')[1]!)).toBeNull();
  });

  it('prefers a data key over an id and ignores generated ids', () => {
    document.body.innerHTML =
      '<ul class="l"><li class="r" id=":r1:" data-row-index="0">a</li><li class="r" id=":r2:" data-row-index="1">b</li></ul>';
    expect(keyAttributeFor('li.r', document)).toBeNull();
    document.body.innerHTML =
      '<ul class="l"><li class="r" id="conv-a" data-key="k1">a</li><li class="r" id="conv-b" data-key="k2">b</li></ul>';
    expect(keyAttributeFor('li.r', document)).toBe('data-key');
  });
});

describe('a name clicked on a formatting wrapper only unread rows carry', () => {
  it('finds the name in every row, read and unread (the bold of unread rows is not the name)', () => {
    const rowHtml = (id: number, name: string, unread: boolean) =>
      `<tr><td class="col-customer"><a href="#/conversations/${id}">${unread ? `<b>${name}</b>` : name}</a></td><td>Hello</td><td>07:3${id % 10}</td></tr>`;
    document.body.innerHTML = `<table><tbody>${[
      rowHtml(1, 'Anna Petrova', true),
      rowHtml(2, 'Owen Collins', false),
      rowHtml(3, 'Ethan Price', true),
      rowHtml(4, 'Gleb Popov', false),
      rowHtml(5, 'Grace Turner', false),
    ].join('')}</tbody></table>`;
    const rows = Array.from(document.querySelectorAll('tr'));
    const clicked = must(rows[0]!, 'b');
    const name = generaliseInside(clicked, rows[0]!, 'tbody > tr', document, { inEveryRow: true })!;
    expect(name.count).toBe(5);
    expect(rows.map((row) => text(findIn(row, name.css)))).toEqual([
      'Anna Petrova',
      'Owen Collins',
      'Ethan Price',
      'Gleb Popov',
      'Grace Turner',
    ]);
    // An unread marker keeps to the rows that show it: no climbing for parts only some rows have.
    const marker = generaliseInside(clicked, rows[0]!, 'tbody > tr', document)!;
    expect(marker.count).toBe(2);
  });
});

describe('keys before names', () => {
  const table = (rows: string[]) => {
    document.body.innerHTML = `<table><tbody>${rows.join('')}</tbody></table>`;
  };
  it("keys rows by their link's target when they carry no key of their own, so two customers with one name stay apart", () => {
    table([
      '<tr><td><a href="#/conversations/4101">Виктор Васильев</a></td><td>07:31</td></tr>',
      '<tr><td><a href="#/conversations/4106">Виктор Васильев</a></td><td>06:37</td></tr>',
      '<tr><td><a href="#/conversations/4102">Grace Turner</a></td><td>07:07</td></tr>',
    ]);
    expect(keyAttributeFor('tbody > tr', document)).toBeNull();
    expect(keyLinkFor('tbody > tr', document)).toBe('a[href]');
  });

  it('takes no link that is not unique per row', () => {
    table(['<tr><td><a href="#">Anna</a></td></tr>', '<tr><td><a href="#">Owen</a></td></tr>']);
    expect(keyLinkFor('tbody > tr', document)).toBeNull();
  });

  it("uses a row's own title or link target as its key", () => {
    document.body.innerHTML = `<div class="list">
      <div class="r" title="Chat #4101 — Виктор Васильев">Виктор Васильев</div>
      <div class="r" title="Chat #4106 — Виктор Васильев">Виктор Васильев</div></div>
      <nav><a class="c" href="inbox/4101">Виктор</a><a class="c" href="inbox/4106">Виктор</a></nav>`;
    expect(keyAttributeFor('.list > .r', document)).toBe('title');
    expect(keyAttributeFor('nav > a.c', document)).toBe('href');
  });
});

describe('a marker only unread rows carry', () => {
  it('is found by its own class, not by a path that finds the subject in every other row', () => {
    const row = (id: number, unread: boolean) =>
      `<tr data-ticket-id="${id}"><td class="subject">${unread ? '<span class="pill-new">NEW</span>' : ''}<span class="subject-text">Refund</span></td><td><span class="requester">Ann</span></td></tr>`;
    document.body.innerHTML = `<table><tbody>${[1, 2, 3, 4, 5].map((id) => row(id, id % 2 === 1)).join('')}</tbody></table>`;
    const pill = must(document, '.pill-new');
    const found = generaliseInside(pill, pill.closest('tr')!, 'tr[data-ticket-id]', document);
    expect(found?.css).toBe('.pill-new');
    expect(found?.count).toBe(3);
  });
});
