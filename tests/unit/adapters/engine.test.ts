// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findBadgeAnchor, findRowElement, observe } from '../../../lib/adapters/engine';
import { parseSiteProfile, type SiteProfile } from '../../../lib/adapters/site-profile';

const sel = (css: string) => [{ css, why: 'test' }];

/** A small desk: rows are `.row[data-id]`, the chat is `.chat`, bubbles `.bubble`. */
function profileWith(overrides: Record<string, unknown> = {}): SiteProfile {
  const parsed = parseSiteProfile({
    id: 'test-desk',
    name: 'Test desk',
    matches: ['https://desk.test/*'],
    detect: '.desk',
    rows: sel('.row'),
    rowKey: { attribute: 'data-id' },
    customerName: sel('.name'),
    preview: {
      selectors: sel('.preview'),
      stripPrefixes: ['Note: '],
      authorAttribute: 'data-by',
      prefixAuthors: { 'You: ': 'operator' },
    },
    unread: { selectors: sel('.unread'), count: true },
    lastTime: { selectors: sel('time'), attribute: 'datetime' },
    vipMarker: sel('.vip'),
    activeRow: { selectors: sel('.row--open') },
    chat: {
      root: sel('.chat'),
      keyAttribute: 'data-id',
      messages: sel('.bubble'),
      authors: [
        { selector: '.from-customer', author: 'customer' },
        { selector: '.from-agent', author: 'operator' },
      ],
      text: sel('.text'),
      time: { selectors: sel('time'), attribute: 'datetime' },
      messageIdAttribute: 'data-mid',
    },
    composer: sel('textarea'),
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
}

const profile = profileWith();
const scan = (html: string, using = profile, now?: number) => {
  document.body.innerHTML = html;
  return observe(document, using, 'https://desk.test', now);
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('observe: rows', () => {
  it('treats a selector the page cannot parse as matching nothing, and uses the next one', () => {
    // A service worker cannot check selectors on import: the engine must not break on one.
    const broken = { ...profile, rows: [{ css: 'li >', why: 'typo' }, ...profile.rows] };
    const { rows } = scan(`<div class="row" data-id="a"><span class="name">Ann</span></div>`, broken);
    expect(rows.map((row) => row.key)).toEqual(['a']);
  });

  it('skips a row without a key and keeps the first of two rows with the same key', () => {
    const { rows } = scan(`
      <div class="row"><span class="name">No key</span></div>
      <div class="row" data-id="a"><span class="name">  Ann
        Lee </span></div>
      <div class="row" data-id="a"><span class="name">Ann again</span></div>
      <div class="row" data-id="b"></div>`);
    expect(rows.map((row) => [row.key, row.name])).toEqual([
      ['a', 'Ann Lee'],
      ['b', null],
    ]);
  });

  it('keys rows by name when the profile allows it and the attribute is missing', () => {
    const byName = profileWith({ rowKey: { attribute: 'data-id', fallback: 'name' } });
    const { rows } = scan(
      `<div class="row"><span class="name">Ann</span></div><div class="row"><span class="name"> </span></div>`,
      byName,
    );
    expect(rows.map((row) => row.key)).toEqual(['Ann']);
    expect(findRowElement(document, byName, 'Ann')?.textContent).toBe('Ann');
  });

  it('gives two customers of one name two clocks by their place in the list, when only names key rows', () => {
    const byName = profileWith({ rowKey: { attribute: 'data-id', fallback: 'name' } });
    const { rows } = scan(
      `<div class="row"><span class="name">Анна</span><span class="preview">first</span></div>
       <div class="row"><span class="name">Олег</span></div>
       <div class="row"><span class="name">Анна</span><span class="preview">second</span></div>`,
      byName,
    );
    expect(rows.map((row) => [row.key, row.preview])).toEqual([
      ['Анна', 'first'],
      ['Олег', null],
      ['Анна #2', 'second'],
    ]);
    expect(findRowElement(document, byName, 'Анна #2')?.textContent).toContain('second');
  });

  it('counts an unread marker without a number as one, and reads "99+" as 99', () => {
    const { rows } = scan(`
      <div class="row" data-id="dot"><span class="unread"></span></div>
      <div class="row" data-id="many"><span class="unread">99+</span></div>
      <div class="row" data-id="none"></div>`);
    expect(rows.map((row) => [row.key, row.unread, row.unreadKnown])).toEqual([
      ['dot', 1, true],
      ['many', 99, true],
      ['none', 0, true],
    ]);
  });

  it('counts a marker only while it is shown, and a counter of 0 as nothing unread', () => {
    const { rows } = scan(`
      <div class="row" data-id="hidden"><span class="unread" style="display:none">1</span></div>
      <div class="row" data-id="invisible"><span class="unread" style="visibility:hidden"></span></div>
      <div class="row" data-id="zero"><span class="unread">0</span></div>
      <div class="row" data-id="shown"><span class="unread">2</span></div>`);
    expect(rows.map((row) => [row.key, row.unread])).toEqual([
      ['hidden', 0],
      ['invisible', 0],
      ['zero', 0],
      ['shown', 2],
    ]);
  });

  it('says unread is unknown when the profile cannot see it', () => {
    const { rows } = scan(`<div class="row" data-id="a"><span class="unread">3</span></div>`, {
      ...profile,
      unread: undefined,
    });
    expect(rows[0]).toMatchObject({ unread: 0, unreadKnown: false });
  });

  it('reads ISO times and gives null for a time it cannot parse', () => {
    const { rows } = scan(`
      <div class="row" data-id="ok"><time datetime="2026-11-25T09:30:00Z">09:30</time></div>
      <div class="row" data-id="bad"><time datetime="yesterday">вчера</time></div>
      <div class="row" data-id="number"><time datetime="1">1</time></div>
      <div class="row" data-id="none"></div>`);
    expect(rows.map((row) => row.lastAt)).toEqual([Date.UTC(2026, 10, 25, 9, 30), null, null, null]);
  });

  it('strips the desk labels from previews, but not from what a customer typed', () => {
    const { rows } = scan(`
      <div class="row" data-id="reply"><span class="preview">You: On it</span></div>
      <div class="row" data-id="note"><span class="preview" data-by="note">Note: check order</span></div>
      <div class="row" data-id="customer"><span class="preview" data-by="customer">Note: my order is late</span></div>
      <div class="row" data-id="unknown"><span class="preview" data-by="robot">Hi</span></div>`);
    expect(rows.map((row) => [row.preview, row.previewAuthor])).toEqual([
      ['On it', 'operator'],
      ['check order', 'note'],
      ['Note: my order is late', 'customer'],
      ['Hi', null],
    ]);
  });

  it('tells the author from the labels most consoles use, without a taught rule', () => {
    const plain = { ...profile, preview: { selectors: sel('.preview') } };
    const { rows } = scan(
      `<div class="row" data-id="a"><span class="preview">Вы: Отправил трек-номер</span></div>
       <div class="row" data-id="b"><span class="preview">✎ ждём склад</span></div>
       <div class="row" data-id="c"><span class="preview">Meeting: tomorrow?</span></div>`,
      plain,
    );
    // Where the operator's previews are labelled, an unlabelled one is the customer's.
    expect(rows.map((row) => [row.preview, row.previewAuthor])).toEqual([
      ['Отправил трек-номер', 'operator'],
      ['ждём склад', 'note'],
      ['Meeting: tomorrow?', 'customer'],
    ]);
    // Where no preview carries an operator's label, unlabelled ones say nothing.
    const unlabelled = scan(
      `<div class="row" data-id="a"><span class="preview">Meeting: tomorrow?</span></div>
       <div class="row" data-id="b"><span class="preview">✎ ждём склад</span></div>`,
      plain,
    ).rows;
    expect(unlabelled.map((row) => row.previewAuthor)).toEqual([null, 'note']);
  });

  it('tells the author from an icon before the preview: a reply arrow, a lock, an icon font', () => {
    const plain = { ...profile, preview: { selectors: sel('.preview') } };
    const { rows } = scan(
      `<div class="row" data-id="a"><span class="preview"><svg class="icon icon--reply"><path d="M0 0"/></svg>Sent the label</span></div>
       <div class="row" data-id="b"><span class="preview"><svg class="icon icon--lock"></svg>Escalated</span></div>
       <div class="row" data-id="c"><span class="preview"><i class="mdi mdi-robot"></i> <span>Rate us</span></span></div>
       <div class="row" data-id="g"><span class="preview"><span class="material-icons">reply</span>Sure</span></div>
       <div class="row" data-id="d"><span class="preview"><svg><use href="#i-reply"></use></svg>Done</span></div>
       <div class="row" data-id="e"><span class="preview">Where is my <svg class="icon icon--reply"></svg> order?</span></div>
       <div class="row" data-id="f"><span class="preview"><img class="avatar" alt="Anna">Hello</span></div>`,
      plain,
    );
    // An icon font's ligature is not a word of the preview; a reply icon after words says nothing.
    expect(rows.map((row) => [row.preview, row.previewAuthor])).toEqual([
      ['Sent the label', 'operator'],
      ['Escalated', 'note'],
      ['Rate us', 'bot'],
      ['Sure', 'operator'],
      ['Done', 'operator'],
      ['Where is my order?', 'customer'],
      ['Hello', 'customer'],
    ]);
  });

  it("reads a pending table's wait column as when the customer began waiting", () => {
    const now = Date.UTC(2026, 10, 25, 12, 0, 0);
    const tableProfile = { ...profile, rows: sel('tbody tr') };
    const pending = scan(
      `<table><thead><tr><th>Visitor</th><th>Wait</th><th>Last message</th></tr></thead>
       <tbody><tr data-id="a"><td><span class="name">Ann</span></td><td>06 m. 20 s.</td><td>3 min ago</td></tr>
       <tr data-id="b"><td><span class="name">Bob</span></td><td>2 h. 05 m. 20 s.</td><td>2 h ago</td></tr></tbody></table>`,
      tableProfile,
      now,
    ).rows;
    // The latest instant the text allows, to 10 s.
    expect(pending.map((row) => row.waitShownSince)).toEqual([now - 380_000, now - 7_520_000]);
    const russian = scan(
      `<table><thead><tr><th>Посетитель</th><th>Ожидание:</th></tr></thead>
       <tbody><tr data-id="a"><td>Анна</td><td>05 мин. 10 сек.</td></tr></tbody></table>`,
      tableProfile,
      now,
    ).rows;
    expect(russian[0]?.waitShownSince).toBe(now - 310_000);
    // A column of last-message ages is not a wait.
    const active = scan(
      `<table><thead><tr><th>Visitor</th><th>Last message</th></tr></thead>
       <tbody><tr data-id="a"><td>Ann</td><td>3 min ago</td></tr></tbody></table>`,
      tableProfile,
      now,
    ).rows;
    expect(active[0]).not.toHaveProperty('waitShownSince');
  });

  it('reads a ticket status shown as a whole cell or tag, not a word inside a subject', () => {
    const tableProfile = { ...profile, rows: sel('tbody tr') };
    const rows = scan(
      `<table><tbody>
       <tr data-id="a"><td>#4101</td><td>Не могу оплатить</td><td><span class="status">Открыт</span></td></tr>
       <tr data-id="b"><td>#4102</td><td>Спасибо</td><td>Отвечен</td></tr>
       <tr data-id="c"><td>#4103</td><td>Open the app and it crashes</td><td>—</td></tr>
       <tr data-id="d"><td>#4104</td><td>Refund</td><td><b>Waiting on customer</b></td></tr>
       </tbody></table>`,
      tableProfile,
    ).rows;
    expect(rows.map((row) => row.statusSays)).toEqual(['customer', 'operator', undefined, 'operator']);
  });

  it('sees VIP and active markers on the row itself or inside it, with words kept apart', () => {
    const { rows } = scan(`
      <div class="row row--open" data-id="a"><span class="name">Ann</span><span class="vip">VIP</span><time>10:00</time></div>
      <div class="row vip" data-id="b"><span class="name">Bob</span></div>`);
    expect(rows.map((row) => [row.vipMarker, row.active, row.rowText])).toEqual([
      [true, true, 'Ann VIP 10:00'],
      [true, false, 'Bob'],
    ]);
  });

  it('takes a row as open only when every signal the page gives agrees', () => {
    const taught = { ...profile, activeRow: undefined };
    // A taught profile has no rule of its own: ARIA on the row is enough.
    const aria = scan(
      `<div class="row" data-id="a"><span class="name">Ann</span></div>
       <div class="row" data-id="b" aria-selected="true"><span class="name">Bob</span></div>`,
      taught,
    );
    expect([aria.open, aria.rows.map((row) => row.active)]).toEqual(['known', [false, true]]);
    // The profile's rule says Ann, the pane's header shows Bob: neither is taken as open.
    const disagree = scan(`
      <div class="row row--open" data-id="a"><span class="name">Ann</span></div>
      <div class="row" data-id="b"><span class="name">Bob</span></div>
      <h2>Bob</h2>`);
    expect([disagree.open, disagree.rows.map((row) => row.active)]).toEqual(['unsure', [false, false]]);
    expect(scan(`<div class="row" data-id="a"><span class="name">Ann</span></div>`).open).toBe('none');
  });

  it('ignores the "active" class guess that older taught profiles carry ("inactive" matched it)', () => {
    const legacy = {
      ...profile,
      activeRow: { selectors: [{ css: '[class*="active"], [class*="selected"]', why: 'guessed' }] },
    };
    const { rows, open } = scan(
      `<div class="row inactive" data-id="a"><span class="name">Ann</span></div>
       <div class="row" data-id="b"><span class="name">Bob</span></div>`,
      legacy,
    );
    expect([open, rows.map((row) => row.active)]).toEqual(['none', [false, false]]);
  });

  it('keeps at most 300 characters of a row text', () => {
    const { rows } = scan(`<div class="row" data-id="a">${'word '.repeat(200)}</div>`);
    expect(rows[0]!.rowText).toHaveLength(300);
  });

  it('reads a list of thousands by its first 500 rows and says how many it left', () => {
    const list = (count: number) =>
      Array.from(
        { length: count },
        (_, i) => `<div class="row" data-id="c${i}"><span class="name">Customer ${i}</span></div>`,
      ).join('');
    const big = scan(list(700));
    expect(big.rows).toHaveLength(500);
    expect(big.rows.at(-1)!.key).toBe('c499');
    expect(big.rowsNotRead).toBe(200);
    // A list within the cap is read whole, with nothing to report.
    expect(scan(list(40))).not.toHaveProperty('rowsNotRead');
  });
});

describe('observe: chat and composer', () => {
  it('reads bubbles oldest first, ignoring those no author rule matches', () => {
    const { chat } = scan(`
      <section class="chat" data-id="a">
        <div class="bubble from-customer" data-mid="1"><span class="text">Hello</span>
          <time datetime="2026-11-25T09:00:00Z"></time></div>
        <div class="bubble system">Chat assigned to Anna</div>
        <div class="bubble from-agent">  Hi,
          how can I help? </div>
      </section>`);
    expect(chat).toEqual({
      key: 'a',
      messages: [
        { id: '1', author: 'customer', text: 'Hello', at: Date.UTC(2026, 10, 25, 9) },
        { id: null, author: 'operator', text: 'Hi, how can I help?', at: null },
      ],
    });
  });

  it('keeps only the last 50 messages', () => {
    const bubbles = Array.from(
      { length: 60 },
      (_, i) => `<div class="bubble from-customer" data-mid="${i}">m${i}</div>`,
    ).join('');
    const { chat } = scan(`<section class="chat" data-id="a">${bubbles}</section>`);
    expect(chat!.messages).toHaveLength(50);
    expect(chat!.messages[0]!.id).toBe('10');
    expect(chat!.messages.at(-1)!.id).toBe('59');
  });

  it('gives a chat without a key attribute the key null, and no chat at all as null', () => {
    expect(scan(`<section class="chat"></section>`).chat).toEqual({ key: null, messages: [] });
    expect(scan(`<div class="row" data-id="a"></div>`).chat).toBeNull();
  });

  it('reports whether the composer is on the page', () => {
    expect(scan(`<textarea></textarea>`).composerFound).toBe(true);
    expect(scan(`<input>`).composerFound).toBe(false);
  });

  it('never writes to the page', async () => {
    document.body.innerHTML = `<div class="row row--open" data-id="a"><span class="preview">You: x</span></div>
      <section class="chat" data-id="a"><div class="bubble from-agent">x</div></section>`;
    const records: MutationRecord[] = [];
    const watcher = new MutationObserver((batch) => records.push(...batch));
    watcher.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    observe(document, profile, 'https://desk.test');
    await new Promise((resolve) => setTimeout(resolve, 0));
    watcher.disconnect();
    expect(records).toEqual([]);
  });
});

describe('findRowElement and findBadgeAnchor', () => {
  it('finds the row observe reported under a key, even an awkward one', () => {
    document.body.innerHTML = `
      <section class="chat" data-id='say "hi"'></section>
      <div class="row" data-id='say "hi"\\'><span class="name">Ann</span></div>
      <div class="row" data-id='say "hi"'><span class="name">Bob</span><time>10:00</time></div>`;
    const key = 'say "hi"';
    expect(observe(document, profile, 's').rows.map((row) => row.key)).toContain(key);
    const row = findRowElement(document, profile, key);
    expect(row?.textContent).toContain('Bob');
    expect(findRowElement(document, profile, 'missing')).toBeNull();
    // Without a badge anchor in the profile, the badge hangs on the row itself.
    expect(findBadgeAnchor(row!, profile)).toBe(row);
    const anchored = profileWith({ badge: { anchor: sel('time'), placement: 'start' } });
    expect(findBadgeAnchor(row!, anchored).tagName).toBe('TIME');
  });
});
