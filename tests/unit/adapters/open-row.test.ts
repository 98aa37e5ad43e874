// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findOpenRow, type KeyKind, type OpenRowMemory } from '../../../lib/adapters/open-row';

// Which conversation a console shows open, told only from what a person sees:
// the row it marks, the address, the pane's header. Every console here marks it
// differently; when signals are missing or disagree, nothing is taken as open.

const setUrl = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

afterEach(() => {
  document.body.innerHTML = '';
  setUrl('https://desk.test/');
});

function open(html: string, keyKind: KeyKind = 'attribute', url = 'https://desk.test/inbox') {
  setUrl(url);
  document.body.innerHTML = html;
  const rows = [...document.querySelectorAll('.row')].map((element) => ({
    element,
    key:
      keyKind === 'link'
        ? element.querySelector('a')!.getAttribute('href')!
        : keyKind === 'name'
          ? element.querySelector('.name')!.textContent!
          : element.getAttribute('data-id')!,
    name: element.querySelector('.name')?.textContent ?? null,
  }));
  return findOpenRow({ rows, doc: document, keyKind, rowSelector: '.row' });
}

const list = (rows: string) => `<ul class="list">${rows}</ul>`;
/** A row `.row[data-id]`; `attributes` may give its own class list (which must include `row`). */
const row = (id: string, name: string, attributes = '') =>
  `<li ${attributes.includes('class=') ? '' : 'class="row"'} data-id="${id}" ${attributes}><span class="name">${name}</span></li>`;

describe('findOpenRow', () => {
  it('reads ARIA on the row or on its own link', () => {
    expect(open(list(row('c-1', 'Anna') + row('c-2', 'Boris', 'aria-selected="true"')))).toEqual({
      key: 'c-2',
      certainty: 'known',
    });
    const linked = list(
      `<li class="row" data-id="c-1"><a href="#" aria-current="page"><span class="name">Anna</span></a></li>` +
        row('c-2', 'Boris'),
    );
    expect(open(linked).key).toBe('c-1');
  });

  it('ignores aria-current="false" and reports that nothing is open', () => {
    expect(open(list(row('c-1', 'Anna', 'aria-current="false"') + row('c-2', 'Boris')))).toEqual({
      key: null,
      certainty: 'none',
    });
  });

  it('takes a state class that only one row carries (`current`, `is-active`)', () => {
    const html = list(
      row('c-1', 'Anna', 'class="row unread"') +
        row('c-2', 'Boris', 'class="row current"') +
        row('c-3', 'Vera', 'class="row unread"'),
    );
    expect(open(html).key).toBe('c-2');
    expect(open(list(row('c-1', 'Anna', 'class="row is-active"') + row('c-2', 'Boris'))).key).toBe('c-1');
  });

  it('does not take a class only one row has when it names no open state (unread, inactive, a hash)', () => {
    const html = list(
      row('c-1', 'Anna', 'class="row unread"') +
        row('c-2', 'Boris', 'class="row _x7Kq2a"') +
        row('c-3', 'Vera', 'class="row inactive"'),
    );
    expect(open(html)).toEqual({ key: null, certainty: 'none' });
  });

  it('does not take a state class every row carries (a status, not the open row)', () => {
    const html = list(
      row('c-1', 'Anna', 'class="row chat-open"') + row('c-2', 'Boris', 'class="row chat-open"'),
    );
    expect(open(html).certainty).toBe('none');
  });

  it('reads a route that holds the row key, in the path, the hash or the query', () => {
    const rows = list(row('4101', 'Anna') + row('4102', 'Boris'));
    expect(open(rows, 'attribute', 'https://desk.test/inbox/4102').key).toBe('4102');
    expect(open(rows, 'attribute', 'https://desk.test/#/conversations/4101').key).toBe('4101');
    expect(open(rows, 'attribute', 'https://desk.test/chat?id=4101&tab=info').key).toBe('4101');
    // A key that is only part of a segment is not named by the address.
    expect(open(rows, 'attribute', 'https://desk.test/inbox/41012').certainty).toBe('none');
  });

  it('does not read short keys from the address (page numbers, languages)', () => {
    expect(
      open(list(row('1', 'Anna') + row('2', 'Boris')), 'attribute', 'https://desk.test/page/2').certainty,
    ).toBe('none');
  });

  it("takes the row whose link leads to the page shown now, keeping the page's own query", () => {
    const rows = list(
      `<li class="row"><a href="#/conversations/4101"><span class="name">Anna</span></a></li>` +
        `<li class="row"><a href="#/conversations/4102"><span class="name">Boris</span></a></li>`,
    );
    expect(open(rows, 'link', 'https://desk.test/desk/?seed=7#/conversations/4102').key).toBe(
      '#/conversations/4102',
    );
    expect(open(rows, 'link', 'https://desk.test/desk/?seed=7#/').certainty).toBe('none');
    const routes = list(
      `<li class="row"><a href="/inbox/4101"><span class="name">Anna</span></a></li>` +
        `<li class="row"><a href="/inbox/4102"><span class="name">Boris</span></a></li>`,
    );
    expect(open(routes, 'link', 'https://desk.test/inbox/4101/?lang=ru').key).toBe('/inbox/4101');
  });

  it("takes the row whose customer's name the open pane's header shows", () => {
    const html = `${list(row('c-1', 'Anna Petrova') + row('c-2', 'Boris Ivanov'))}
      <section><header><div><span>Boris Ivanov</span> <span class="vip">VIP</span></div>
      <button>Close</button></header></section>`;
    expect(open(html)).toEqual({ key: 'c-2', certainty: 'known' });
    expect(open(`${list(row('c-1', 'Anna') + row('c-2', 'Boris'))}<h2>Anna</h2>`).key).toBe('c-1');
  });

  it('ignores headings inside rows and hidden panes', () => {
    const inRows = list(
      `<li class="row" data-id="c-1"><h3 class="name">Anna</h3></li><li class="row" data-id="c-2"><h3 class="name">Boris</h3></li>`,
    );
    expect(open(inRows).certainty).toBe('none');
    const hidden = `${list(row('c-1', 'Anna') + row('c-2', 'Boris'))}<div style="display:none"><h3>Anna</h3></div>`;
    expect(open(hidden).certainty).toBe('none');
  });

  it('is unsure when the header shows a name two rows share', () => {
    const html = `${list(row('c-1', 'Анна Смирнова') + row('c-2', 'Анна Смирнова') + row('c-3', 'Олег'))}<h2>Анна Смирнова</h2>`;
    expect(open(html)).toEqual({ key: null, certainty: 'unsure' });
  });

  it('lets another signal decide between two rows of the same name', () => {
    const html = `${list(row('4101', 'Анна Смирнова') + row('4102', 'Анна Смирнова'))}<h2>Анна Смирнова</h2>`;
    expect(open(html, 'attribute', 'https://desk.test/inbox/4102').key).toBe('4102');
  });

  it('is unsure when signals disagree, and takes none as open', () => {
    const html = `${list(row('4101', 'Anna', 'class="row current"') + row('4102', 'Boris'))}<h2>Boris</h2>`;
    expect(open(html)).toEqual({ key: null, certainty: 'unsure' });
    expect(
      open(
        list(row('4101', 'Anna', 'class="row current"') + row('4102', 'Boris')),
        'attribute',
        'https://desk.test/c/4102',
      ).certainty,
    ).toBe('unsure');
  });

  it('is unsure when ARIA marks several rows (a multi-select list)', () => {
    const html = list(
      row('c-1', 'Anna', 'aria-selected="true"') + row('c-2', 'Boris', 'aria-selected="true"'),
    );
    expect(open(html).certainty).toBe('unsure');
  });

  describe('learning the mark a console gives the row the operator pressed', () => {
    const T0 = Date.UTC(2026, 11, 6, 9, 0);
    const scan = (memory: OpenRowMemory, now: number) => {
      const rows = [...document.querySelectorAll('.row')].map((element) => ({
        element,
        key: element.getAttribute('data-id')!,
        name: element.querySelector('.name')?.textContent ?? null,
      }));
      return findOpenRow({ rows, doc: document, keyKind: 'attribute', rowSelector: '.row', memory, now });
    };
    const rowEl = (id: string) => document.querySelector(`[data-id="${id}"]`)!;
    const press = (memory: OpenRowMemory, id: string, at: number) => {
      memory.pressed = { key: id, before: new Set(rowEl(id).classList), at };
    };

    it('learns a generated class the pressed row gains, and follows it to the next row pressed', () => {
      document.body.innerHTML = list(
        row('a', 'Anna', 'class="row _u1"') + row('b', 'Boris') + row('c', 'Vera'),
      );
      const memory: OpenRowMemory = { pressed: null, learnedClass: null, pressedKey: null };
      expect(scan(memory, T0).certainty).toBe('none');
      press(memory, 'b', T0);
      expect(scan(memory, T0 + 10).certainty).toBe('none'); // not redrawn yet
      rowEl('b').classList.add('_x7Kq2a');
      expect(scan(memory, T0 + 50)).toEqual({ key: 'b', certainty: 'known' });
      // The operator opens Anna: the console moves its mark.
      press(memory, 'a', T0 + 9000);
      rowEl('b').classList.remove('_x7Kq2a');
      rowEl('a').classList.add('_x7Kq2a');
      expect(scan(memory, T0 + 9050)).toEqual({ key: 'a', certainty: 'known' });
    });

    it('follows the pressed conversation, not its element, when a virtual list redraws', () => {
      document.body.innerHTML = list(
        row('a', 'Anna', 'class="row _u1"') + row('b', 'Boris', 'class="row _u1"'),
      );
      const memory: OpenRowMemory = { pressed: null, learnedClass: null, pressedKey: null };
      press(memory, 'b', T0);
      // The list re-sorts: the element Boris was in now shows Anna, Boris moved up, marked open.
      const [first, second] = [rowEl('a'), rowEl('b')];
      first.setAttribute('data-id', 'b');
      first.className = 'row _k3Pa9z';
      first.querySelector('.name')!.textContent = 'Boris';
      second.setAttribute('data-id', 'a');
      second.querySelector('.name')!.textContent = 'Anna';
      expect(scan(memory, T0 + 50)).toEqual({ key: 'b', certainty: 'known' });
      expect(memory.learnedClass).toBe('_k3Pa9z');
    });

    it('learns nothing from a press that changes two classes, or nothing within seconds', () => {
      document.body.innerHTML = list(row('a', 'Anna') + row('b', 'Boris'));
      const memory: OpenRowMemory = { pressed: null, learnedClass: null, pressedKey: null };
      press(memory, 'a', T0);
      rowEl('a').classList.add('_open1', '_read1');
      expect(scan(memory, T0 + 50).certainty).toBe('none');
      expect(memory.learnedClass).toBeNull();
      document.body.innerHTML = list(row('a', 'Anna') + row('b', 'Boris'));
      press(memory, 'b', T0);
      expect(scan(memory, T0 + 6000).certainty).toBe('none');
      rowEl('b').classList.add('_late');
      expect(scan(memory, T0 + 6100).certainty).toBe('none');
    });

    it('forgets a learned class once several rows carry it (it marked something else)', () => {
      document.body.innerHTML = list(row('a', 'Anna') + row('b', 'Boris'));
      const memory: OpenRowMemory = { pressed: null, learnedClass: null, pressedKey: null };
      press(memory, 'a', T0);
      rowEl('a').classList.add('_seen');
      expect(scan(memory, T0 + 50).key).toBe('a');
      rowEl('b').classList.add('_seen');
      expect(scan(memory, T0 + 9000).certainty).toBe('none');
      expect(memory.learnedClass).toBeNull();
    });

    it('takes the pressed row among two whose shared name the pane header shows', () => {
      document.body.innerHTML = `${list(row('a', 'Анна Смирнова') + row('b', 'Анна Смирнова') + row('c', 'Олег'))}<h2>Анна Смирнова</h2>`;
      const memory: OpenRowMemory = { pressed: null, learnedClass: null, pressedKey: null };
      expect(scan(memory, T0).certainty).toBe('unsure');
      press(memory, 'b', T0);
      expect(scan(memory, T0 + 50)).toEqual({ key: 'b', certainty: 'known' });
      // Pressing Олег's row while the header still shows Анна: her header does not name Олег.
      press(memory, 'c', T0 + 1000);
      expect(scan(memory, T0 + 1050).certainty).toBe('unsure');
    });
  });
});
