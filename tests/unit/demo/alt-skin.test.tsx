// @vitest-environment happy-dom
// The alt skin (`?skin=alt`): the same desk behind markup the built-in
// demo-desk profile must not match.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { observe } from '../../../lib/adapters/engine';
import { builtInProfiles } from '../../../lib/adapters/profiles';
import demoDeskProfile from '../../../lib/adapters/profiles/demo-desk.json';
import { DeskStore } from '../../../demo/src/runtime/desk-store.ts';
import { ALT } from '../../../demo/src/ui/alt/alt-classes.ts';
import { AltDeskApp } from '../../../demo/src/ui/alt/alt-desk-app.tsx';
import type { ComposerKind } from '../../../demo/src/ui/composers/composer-kind.ts';

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
// Paths, not URLs: the DOM environment replaces the global URL class.
const altCss = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../demo/src/ui/alt/alt-skin.css',
);

/** Every hook of the default skin's markup contract. */
const DEFAULT_HOOKS = [
  '.conv-row',
  '.conv-list',
  '.chat',
  '.msg',
  '.composer',
  '.vip-tag',
  '[class*="conv-row"]',
  '[class*="composer"]',
  '[class*="msg"]',
  '[data-conversation-id]',
  '[data-message-id]',
  '[data-author]',
  '[data-demo-desk]',
  '[role="listbox"]',
  '[role="option"]',
];

afterEach(cleanup);

function renderAlt(composer: ComposerKind = 'textarea', lang: 'ru' | 'en' = 'ru') {
  const store = new DeskStore({ seed: 7, chats: 12, speed: 0, clock: () => NOW });
  const view = render(<AltDeskApp store={store} lang={lang} composer={composer} />);
  const $ = <T extends Element = HTMLElement>(selector: string) => view.container.querySelector<T>(selector);
  const $$ = (selector: string) => [...view.container.querySelectorAll<HTMLElement>(selector)];
  const row = (id: string) => $(`[role="row"][data-thread="${id}"]`);
  return { store, view, $, $$, row };
}

function expectNoDefaultHooks(container: HTMLElement): void {
  for (const selector of DEFAULT_HOOKS)
    expect(container.querySelectorAll(selector), selector).toHaveLength(0);
}

/** Every CSS selector in the built-in profile: none may match the alt skin. */
function profileSelectors(): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && (key === 'css' || key === 'selector' || key === 'detect'))
      found.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(demoDeskProfile);
  return found;
}

function openUnreadRow(desk: ReturnType<typeof renderAlt>): string {
  const unread = desk
    .$$('[role="grid"] [role="row"]')
    .find((el) => el.querySelector('[aria-label$=" unread"]'));
  const id = unread?.dataset.thread;
  if (!unread || !id) throw new Error('seed 7 should start with an unread chat');
  fireEvent.click(unread);
  return id;
}

describe('demo desk, alt skin', () => {
  it('renders an inbox grid of data-thread rows and none of the default hooks', () => {
    const { view, $, $$ } = renderAlt();
    const app = $('#app');
    expect(app?.classList.contains('console')).toBe(true);
    expect(app?.dataset.app).toBe('alt-desk');

    const rows = $$('[role="grid"] > [role="row"]');
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      expect(row.dataset.thread).toMatch(/^c-\d{3}$/);
      expect(row.getAttribute('aria-selected')).toBe('false');
      expect(row.className).toMatch(/^css-[0-9a-z]{7}$/);
      expect(row.querySelector(`.${ALT.rowName}`)?.textContent).not.toBe('');
      expect(row.querySelector('time')?.getAttribute('datetime')).toMatch(/Z$/);
      expect(row.querySelector('time')?.textContent).toMatch(/^\d\d:\d\d$/);
      expect(row.textContent).not.toContain('VIP');
      const badge = row.querySelector(`.${ALT.unread}`);
      if (badge) expect(badge.getAttribute('aria-label')).toBe(`${badge.textContent} unread`);
    }
    const stars = $$('[role="row"] span[title="VIP client"]');
    expect(stars.length).toBeGreaterThan(0);
    expect(stars[0]?.textContent).toBe('★');
    // The operator's last words read «Вы: …», as in the default skin, with no author attribute.
    expect($$(`.${ALT.snippet}`).some((el) => el.textContent?.startsWith('Вы: '))).toBe(true);

    expectNoDefaultHooks(view.container);
    for (const selector of profileSelectors())
      expect(view.container.querySelector(selector), selector).toBeNull();
    expect($('main')?.hasAttribute('data-thread-view')).toBe(false);
  });

  it('opens a row: selected, read, and its messages shown as articles with data-side', () => {
    const desk = renderAlt();
    const id = openUnreadRow(desk);
    const row = desk.row(id);
    expect(row?.getAttribute('aria-selected')).toBe('true');
    expect(row?.querySelector(`.${ALT.unread}`)).toBeNull();
    expect(desk.store.sim.conversation(id)?.unread).toBe(0);

    const view = desk.$(`main[data-thread-view="${id}"]`);
    expect(view).not.toBeNull();
    const articles = [...view!.querySelectorAll<HTMLElement>('article[data-side]')];
    const messages = desk.store.sim.conversation(id)!.messages;
    expect(articles).toHaveLength(messages.length);
    const sides = { customer: 'in', operator: 'out', note: 'internal', bot: 'system' } as const;
    articles.forEach((article, i) => {
      expect(article.dataset.side).toBe(sides[messages[i]!.author]);
      expect(article.dataset.mid).toBe(messages[i]!.id);
      expect(article.querySelector('p')?.textContent).toBe(messages[i]!.text);
      expect(article.querySelector('time[datetime]')).not.toBeNull();
    });
    expect(articles.some((a) => a.dataset.side === 'in')).toBe(true);
    expectNoDefaultHooks(desk.view.container);
    for (const selector of profileSelectors()) {
      expect(desk.view.container.querySelector(selector), selector).toBeNull();
    }
  });

  it('gives the built-in demo-desk profile nothing to read, even with a chat open', () => {
    const desk = renderAlt();
    openUnreadRow(desk);
    const profile = builtInProfiles.find((candidate) => candidate.id === 'demo-desk')!;
    expect(observe(document, profile, 'http://127.0.0.1:5317')).toMatchObject({
      rows: [],
      chat: null,
      composerFound: false,
    });
  });

  it('sends from the composer (button and Enter) as an out message and clears it', () => {
    const desk = renderAlt();
    const id = openUnreadRow(desk);
    const input = desk.$<HTMLTextAreaElement>('main textarea')!;
    const send = desk.$('button[aria-label="Send message"]')!;
    expect(send.querySelector('svg')).not.toBeNull();
    expect(send.textContent).toBe('');

    fireEvent.change(input, { target: { value: 'Здравствуйте! Уже проверяю.' } });
    fireEvent.click(send);
    let last = desk.$$('main article').at(-1);
    expect(last?.dataset.side).toBe('out');
    expect(last?.dataset.mid).toMatch(/^m-\d+$/);
    expect(last?.querySelector('p')?.textContent).toBe('Здравствуйте! Уже проверяю.');
    expect(input.value).toBe('');
    const top = desk.$$('[role="row"]')[0];
    expect(top?.dataset.thread).toBe(id);
    expect(top?.textContent).toContain('Вы: Здравствуйте! Уже проверяю.');

    fireEvent.change(input, { target: { value: 'Вторая' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(desk.$$('main article').at(-1)?.textContent).not.toContain('Вторая');
    fireEvent.keyDown(input, { key: 'Enter' });
    last = desk.$$('main article').at(-1);
    expect(last?.dataset.side).toBe('out');
    expect(last?.querySelector('p')?.textContent).toBe('Вторая');

    // A value written behind React's back is ignored, as in the default skin.
    input.value = 'written directly';
    fireEvent.click(send);
    expect(desk.$$('main article').at(-1)?.querySelector('p')?.textContent).toBe('Вторая');
  });

  it('posts an internal note from the private-note switch', () => {
    const desk = renderAlt('textarea', 'en');
    openUnreadRow(desk);
    fireEvent.click(desk.$('button[role="switch"]')!);
    fireEvent.change(desk.$('main textarea')!, { target: { value: 'Check the payment' } });
    fireEvent.click(desk.$('button[aria-label="Send message"]')!);
    const last = desk.$$('main article').at(-1);
    expect(last?.dataset.side).toBe('internal');
    expect(last?.querySelector('p')?.textContent).toBe('Check the payment');
  });

  it('sends from the contenteditable composer too', () => {
    const desk = renderAlt('contenteditable', 'en');
    openUnreadRow(desk);
    const editor = desk.$<HTMLDivElement>('main [contenteditable="true"]')!;
    expect(editor.getAttribute('role')).toBe('textbox');
    editor.textContent = 'Hello! Checking now.';
    fireEvent.click(desk.$('button[aria-label="Send message"]')!);
    expect(desk.$$('main article').at(-1)?.dataset.side).toBe('out');
    expect(editor.textContent).toBe('');
    expectNoDefaultHooks(desk.view.container);
  });

  it('moves a row up when its customer writes', () => {
    const desk = renderAlt();
    const id = desk.$$('[role="row"]').at(-1)!.dataset.thread!;
    act(() => desk.store.update((sim, now) => sim.addCustomerMessage(id, 'Вы тут?', now)));
    const top = desk.$$('[role="row"]')[0];
    expect(top?.dataset.thread).toBe(id);
    expect(top?.querySelector(`.${ALT.snippet}`)?.textContent).toBe('Вы тут?');
    expect(top?.querySelector(`.${ALT.unread}`)?.getAttribute('aria-label')).toMatch(/^\d+ unread$/);
  });

  it('keeps the class table stable, unique and in step with alt-skin.css', () => {
    const names = Object.values(ALT);
    expect(new Set(names).size).toBe(names.length);
    const css = readFileSync(altCss, 'utf8');
    for (const [key, name] of Object.entries(ALT)) {
      expect(name, key).toMatch(/^css-[0-9a-z]{7}$/);
      expect(css, key).toContain(`.${name} /* ${key} */`);
    }
    const cssNames = new Set(css.match(/\.css-[0-9a-z]{7}/g)?.map((selector) => selector.slice(1)));
    for (const name of cssNames) expect(names, name).toContain(name);
  });
});
