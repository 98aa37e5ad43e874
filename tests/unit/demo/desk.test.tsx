// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskStore } from '../../../demo/src/runtime/desk-store.ts';
import type { ComposerKind } from '../../../demo/src/ui/composers/composer-kind.ts';
import { DeskApp } from '../../../demo/src/ui/desk-app.tsx';

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);

afterEach(cleanup);

function renderDesk(composer: ComposerKind = 'textarea', lang: 'ru' | 'en' = 'ru') {
  // Paused and on a fixed clock: nothing moves unless the test moves it.
  const store = new DeskStore({ seed: 7, chats: 12, speed: 0, clock: () => NOW });
  const view = render(<DeskApp store={store} lang={lang} composer={composer} />);
  const $ = <T extends Element = HTMLElement>(selector: string) => view.container.querySelector<T>(selector);
  const $$ = (selector: string) => [...view.container.querySelectorAll<HTMLElement>(selector)];
  const row = (id: string) => $(`.conv-row[data-conversation-id="${id}"]`);
  return { store, $, $$, row };
}

/** Opens the first row that has unread messages and returns its id. */
function openUnreadRow({ $$, row }: ReturnType<typeof renderDesk>): string {
  const unread = $$('.conv-row').find((element) => element.querySelector('.conv-row__unread'));
  const id = unread?.dataset.conversationId;
  if (!unread || !id) throw new Error('seed 7 should start with an unread chat');
  fireEvent.click(unread);
  expect(row(id)?.getAttribute('aria-selected')).toBe('true');
  return id;
}

describe('demo desk (component)', () => {
  it('renders the list with the markup hooks the site profile relies on', () => {
    const { $, $$ } = renderDesk();
    expect($('[data-demo-desk="1"]')).not.toBeNull();
    expect($('ul.conv-list[role="listbox"]')?.getAttribute('aria-label')).toBe('Conversations');
    const rows = $$('.conv-row');
    expect(rows).toHaveLength(12);
    for (const element of rows) {
      expect(element.dataset.conversationId).toMatch(/^c-\d{3}$/);
      expect(element.getAttribute('role')).toBe('option');
      expect(element.getAttribute('aria-selected')).toBe('false');
      expect(element.querySelector('.conv-row__name')?.textContent).not.toBe('');
      expect(element.querySelector('.conv-row__preview')?.getAttribute('data-author')).toMatch(
        /^(customer|operator|bot|note)$/,
      );
      expect(element.querySelector('time.conv-row__time')?.textContent).toMatch(/^\d\d:\d\d$/);
    }
    expect($$('.conv-row .vip-tag').length).toBeGreaterThan(0);
    // An answered chat shows the operator's words prefixed with "Вы: ".
    const answered = $$('.conv-row__preview[data-author="operator"]');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered[0]?.textContent?.startsWith('Вы: ')).toBe(true);
    expect($('.chat')?.hasAttribute('data-conversation-id')).toBe(false);
  });

  it('opens a chat on click and clears its unread badge', () => {
    const desk = renderDesk();
    const id = openUnreadRow(desk);
    const row = desk.row(id);
    expect(row?.classList.contains('conv-row--active')).toBe(true);
    expect(row?.querySelector('.conv-row__unread')).toBeNull();
    expect(desk.$('.chat')?.getAttribute('data-conversation-id')).toBe(id);
    expect(desk.$('.chat__title')?.textContent).toBe(row?.querySelector('.conv-row__name')?.textContent);
    expect(desk.$$('.chat .msg').length).toBeGreaterThan(0);
    expect(desk.store.sim.conversation(id)?.unread).toBe(0);
  });

  it('sends what is typed as an operator bubble and clears the composer', () => {
    const desk = renderDesk();
    const id = openUnreadRow(desk);
    const input = desk.$<HTMLTextAreaElement>('textarea.composer__input')!;
    fireEvent.change(input, { target: { value: 'Здравствуйте! Уже проверяю.' } });
    fireEvent.click(desk.$('button.composer__send')!);

    const last = desk.$$('.chat__messages .msg').at(-1);
    expect(last?.classList.contains('msg--operator')).toBe(true);
    expect(last?.dataset.messageId).toMatch(/^m-\d+$/);
    expect(last?.querySelector('.msg__text')?.textContent).toBe('Здравствуйте! Уже проверяю.');
    expect(input.value).toBe('');
    // The answered chat moves to the top of the list.
    const top = desk.$$('.conv-row')[0];
    expect(top?.dataset.conversationId).toBe(id);
    expect(top?.querySelector('.conv-row__preview')?.textContent).toBe('Вы: Здравствуйте! Уже проверяю.');
  });

  it('sends on Enter, keeps Shift+Enter for new lines, and posts notes from the Note tab', () => {
    const desk = renderDesk();
    openUnreadRow(desk);
    const input = desk.$<HTMLTextAreaElement>('textarea.composer__input')!;
    fireEvent.change(input, { target: { value: 'Первая строка' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(desk.$$('.chat .msg--operator').some((m) => m.textContent?.includes('Первая строка'))).toBe(false);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(desk.$$('.chat .msg').at(-1)?.textContent).toContain('Первая строка');

    fireEvent.click(desk.$('.composer__tab--note')!);
    fireEvent.change(input, { target: { value: 'Проверить оплату' } });
    fireEvent.click(desk.$('button.composer__send')!);
    const note = desk.$$('.chat .msg').at(-1);
    expect(note?.classList.contains('msg--note')).toBe(true);
    expect(note?.querySelector('.msg__label')?.textContent).toBe('Внутренняя заметка');
  });

  it('ignores a textarea value written behind React’s back, like real React desks', () => {
    const desk = renderDesk();
    openUnreadRow(desk);
    const count = desk.$$('.chat .msg').length;
    desk.$<HTMLTextAreaElement>('textarea.composer__input')!.value = 'written directly';
    fireEvent.click(desk.$('button.composer__send')!);
    expect(desk.$$('.chat .msg')).toHaveLength(count);
  });

  it('sends from the contenteditable composer too', () => {
    const desk = renderDesk('contenteditable', 'en');
    openUnreadRow(desk);
    const editor = desk.$<HTMLDivElement>('div.composer__input[contenteditable="true"]')!;
    expect(editor.getAttribute('role')).toBe('textbox');
    editor.textContent = 'Hello! Checking now.';
    fireEvent.click(desk.$('button.composer__send')!);
    const last = desk.$$('.chat .msg').at(-1);
    expect(last?.classList.contains('msg--operator')).toBe(true);
    expect(last?.querySelector('.msg__text')?.textContent).toBe('Hello! Checking now.');
    expect(editor.textContent).toBe('');
    expect(desk.$('button.composer__send')?.textContent).toBe('Send');
  });

  it('shows customer messages that arrive while the desk is open', () => {
    const desk = renderDesk();
    const last = desk.$$('.conv-row').at(-1)!;
    const id = last.dataset.conversationId!;
    act(() => desk.store.update((sim, now) => sim.addCustomerMessage(id, 'Вы тут?', now)));
    const top = desk.$$('.conv-row')[0];
    expect(top?.dataset.conversationId).toBe(id);
    expect(top?.querySelector('.conv-row__preview')?.textContent).toBe('Вы тут?');
    expect(Number(top?.querySelector('.conv-row__unread')?.textContent)).toBeGreaterThan(0);
  });
});
