// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findRowElement, observe } from '../../../lib/adapters/engine';
import { createTeachController, type TeachState } from '../../../lib/adapters/teach/controller';
import { parseSiteProfile } from '../../../lib/adapters/site-profile';
import { buildTaughtProfile } from '../../../lib/adapters/teach/draft';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo-desk');
const URL_ = 'http://127.0.0.2:5317/?seed=7';
let states: TeachState[];
let cancelled: ReturnType<typeof vi.fn<() => void>>;
let stop: (() => void) | undefined;

beforeEach(() => {
  document.body.innerHTML = readFileSync(path.join(fixtures, 'chat-open.html'), 'utf8');
  states = [];
  cancelled = vi.fn<() => void>();
});
afterEach(() => stop?.());

function start() {
  const controller = createTeachController({
    doc: document,
    ours: () => false,
    onChange: (state) => states.push(state),
    onCancel: cancelled,
  });
  stop = controller.stop;
  return controller;
}
const last = () => states.at(-1)!;
const q = (css: string) => document.querySelector(css)!;

describe('teach mode', () => {
  it('walks the steps from what the operator points at, and builds a working profile', () => {
    const teach = start();
    expect(last().step).toBe('rows');
    teach.teach(q('.conv-row .conv-row__name'));
    expect(last().found.rows?.count).toBe(12);
    teach.teach(q('.conv-row .conv-row__name'));
    teach.teach(q('.conv-row__unread'));
    teach.skip(); // no preview
    teach.skip(); // times are found by themselves
    teach.teach(q('.msg--customer'));
    teach.teach(q('.msg--operator'));
    teach.skip();
    teach.skip();
    teach.skip(); // no note mode
    expect(last().step).toBe('review');

    const built = buildTaughtProfile(URL_, teach.answers()!);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.profile.matches).toEqual(['http://127.0.0.2/*']);
    // What the background will check when it is saved.
    expect(parseSiteProfile(built.profile)).toEqual({ ok: true, profile: built.profile });
    const seen = observe(document, built.profile, 'http://127.0.0.2:5317');
    expect(seen.rows).toHaveLength(12);
    expect(seen.rows.every((row) => row.name && row.name.length > 0)).toBe(true);
    expect(seen.rows.some((row) => row.unread > 0)).toBe(true);
    // The open chat is found through the row the desk marks as selected.
    expect(seen.chat?.messages.map((m) => m.author)).toEqual(
      expect.arrayContaining(['customer', 'operator']),
    );
    expect(seen.rows.filter((row) => row.active)).toHaveLength(1);
  });

  it('explains a click that teaches nothing, and goes back a step', () => {
    const teach = start();
    teach.teach(q('.conv-row .conv-row__name'));
    teach.teach(q('.chat__title')); // not inside a row
    expect(last().problem).toBe('notInRow');
    expect(last().step).toBe('name');
    teach.back();
    expect(last().step).toBe('rows');
  });

  it("refuses the customer's bubble again as the operator's side, and says why", () => {
    const teach = start();
    teach.teach(q('.conv-row .conv-row__name'));
    for (let i = 0; i < 4; i += 1) teach.skip();
    teach.teach(q('.msg--customer'));
    expect(last().step).toBe('operatorBubble');
    teach.teach(document.querySelectorAll('.msg--customer')[1]!);
    expect([last().step, last().problem]).toEqual(['operatorBubble', 'sameSide']);
    teach.teach(q('.msg--operator'));
    expect([last().step, last().problem]).toEqual(['composer', null]);
  });

  it("does not learn from a page script's synthetic press and release", () => {
    start();
    const row = q('.conv-row .conv-row__name');
    for (const type of ['pointerdown', 'pointerup'])
      row.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, button: 0 }));
    expect([last().step, last().found.rows]).toEqual(['rows', undefined]);
  });

  it('keeps clicks from reaching the page, and Esc cancels', () => {
    start();
    const reached = vi.fn();
    q('.conv-row').addEventListener('click', reached);
    q('.conv-row').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(reached).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cancelled).toHaveBeenCalledOnce();
  });

  it('names a taught selector the browser cannot parse, before anything is saved', () => {
    const teach = start();
    teach.teach(q('.conv-row .conv-row__name'));
    const answers = teach.answers()!;
    const built = buildTaughtProfile(URL_, { ...answers, rows: { ...answers.rows, css: '.conv-row >' } });
    expect(built).toEqual({ ok: false, errors: ['".conv-row >" is not a valid CSS selector'] });
  });

  it('refuses to build a profile for a page that is not a web page', () => {
    const teach = start();
    teach.teach(q('.conv-row .conv-row__name'));
    expect(buildTaughtProfile('about:blank', teach.answers()!).ok).toBe(false);
  });
});

describe('teach mode in a shadow root', () => {
  it('records the shadow host, so the saved profile reads inside it', () => {
    document.body.innerHTML = readFileSync(path.join(fixtures, '../generalise/shadow.html'), 'utf8');
    const shadow = document.querySelector('helpdesk-inbox')!.attachShadow({ mode: 'open' });
    shadow.append(
      (document.querySelector('#helpdesk-inbox-template') as HTMLTemplateElement).content.cloneNode(true),
    );
    const teach = start();
    teach.teach(shadow.querySelectorAll('.conv__who')[1]!);
    teach.teach(shadow.querySelectorAll('.conv__who')[2]!);
    const answers = teach.answers()!;
    expect(answers.shadowHosts).toEqual(['helpdesk-inbox']);
    const built = buildTaughtProfile(URL_, answers);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const rows = observe(document, built.profile, 'http://127.0.0.2:5317').rows;
    expect(rows.map((row) => row.name)).toEqual([
      'Юлия Белова',
      'Henrik Larsen',
      'Виктор Зуев',
      'Amelia Brooks',
    ]);
  });
});

describe('teaching a list whose rows carry no key', () => {
  it("keys the taught rows by their link's target: two customers with the same name get two clocks", () => {
    document.body.innerHTML = `<table><tbody>
      <tr><td><a href="#/conversations/4101"><b>Виктор Васильев</b></a></td><td>Ау?</td><td>07:31</td></tr>
      <tr><td><a href="#/conversations/4106">Виктор Васильев</a></td><td>Вы: Готово</td><td>06:37</td></tr>
      <tr><td><a href="#/conversations/4102"><b>Grace Turner</b></a></td><td>Hello?</td><td>07:07</td></tr>
      <tr><td><a href="#/conversations/4105">Owen Collins</a></td><td>You: Done</td><td>06:57</td></tr>
    </tbody></table>`;
    const teach = start();
    teach.teach(q('tr b'));
    teach.teach(q('tr b'));
    for (let i = 0; i < 8; i += 1) teach.skip();
    const built = buildTaughtProfile(URL_, teach.answers()!);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const rows = observe(document, built.profile, 'http://127.0.0.2:5317').rows;
    expect(rows.map((row) => [row.key, row.name])).toEqual([
      ['#/conversations/4101', 'Виктор Васильев'],
      ['#/conversations/4106', 'Виктор Васильев'],
      ['#/conversations/4102', 'Grace Turner'],
      ['#/conversations/4105', 'Owen Collins'],
    ]);
    // The overlay finds each row by its key to hang the badge on it.
    const second = document.querySelectorAll('tbody > tr')[1];
    expect(findRowElement(document, built.profile, '#/conversations/4106')).toBe(second);
    expect(findRowElement(document, built.profile, '#/conversations/9999')).toBeNull();
  });
});
