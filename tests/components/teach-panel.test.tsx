import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TeachPanel, type TeachPanelProps } from '../../components/overlay/teach-panel';
import type { TeachState } from '../../lib/adapters/teach/controller';
import type { TeachReview } from '../../lib/domain/teach-review';
import { renderIn } from './render-with-locale';

const reviewState: TeachState = { step: 'review', hover: null, found: {}, problem: null, proposed: false };
const noop = () => undefined;
const panel = (review: TeachPanelProps['review']) => (
  <TeachPanel
    state={reviewState}
    review={review}
    saved={false}
    onSkip={noop}
    onBack={noop}
    onCancel={noop}
    onSave={noop}
  />
);

const row = (key: string, name: string | null, waitSec: number | null, atLeast?: 'shown' | 'seen') => ({
  key,
  name,
  waitSec,
  ...(atLeast ? { atLeast } : {}),
});
const review = (patch: Partial<TeachReview> = {}): TeachReview => ({
  rows: [row('c-1', 'Анна', 252), row('c-2', 'Oleg', 720, 'shown'), row('c-3', null, null)],
  shown: 4,
  warnings: [],
  sameNames: [],
  problems: [],
  ...patch,
});

describe('teach panel, review step', () => {
  it('shows each row read with its name and wait, against the rows on the page', () => {
    renderIn('en', panel(review()));
    expect(screen.getByTestId('nz-teach-review').textContent).toBe(
      'Nezabudka reads 3 of the 4 conversations on the page (outlined):',
    );
    const rows = screen.getAllByTestId('nz-teach-review-row').map((item) => item.textContent);
    expect(rows).toEqual(['Анна 4:12', 'Oleg ≥\u200912:00', 'Customer not waiting']);
    // An "at least" wait says why in its tooltip.
    const olegWait = screen.getAllByTestId('nz-teach-review-row')[1]!.querySelector('[title]');
    expect(olegWait?.getAttribute('title')).toContain('at least this long');
    expect(screen.getByTestId('nz-teach-save')).toHaveProperty('disabled', false);
  });

  it('reads the same in Russian', () => {
    renderIn('ru', panel(review()));
    expect(screen.getByTestId('nz-teach-review').textContent).toBe(
      'Незабудка читает диалогов: 3 из 4 на странице (обведены):',
    );
    expect(screen.getAllByTestId('nz-teach-review-row')[2]!.textContent).toContain('не ждёт');
  });

  it('warns of each thing missing, in both languages', () => {
    const missing = review({ warnings: ['noTime', 'notAllRead', 'noComposer', 'noSend'] });
    const { unmount } = renderIn('en', panel(missing));
    expect(screen.getByTestId('nz-teach-warn-noTime').textContent).toContain(
      'No row shows a time Nezabudka can read',
    );
    expect(screen.getByTestId('nz-teach-warn-notAllRead').textContent).toContain('are not read');
    expect(screen.getByTestId('nz-teach-warn-noComposer').textContent).toBe(
      'No reply box taught: templates go only into the box you are typing in.',
    );
    expect(screen.getByTestId('nz-teach-warn-noSend').textContent).toContain('No Send button taught');
    unmount();
    renderIn('ru', panel(missing));
    expect(screen.getByTestId('nz-teach-warn-noComposer').textContent).toContain('Поле ответа не указано');
    expect(screen.getByTestId('nz-teach-warn-noSend').textContent).toContain('Кнопка «Отправить» не указана');
  });

  it('warns when rows keyed by name alone share a name, in both languages', () => {
    const same = review({ warnings: ['sameNamesByPlace'], sameNames: ['Анна'] });
    const { unmount } = renderIn('ru', panel(same));
    expect(screen.getByTestId('nz-teach-same-names').textContent).toContain(
      'У нескольких диалогов одно имя (Анна)',
    );
    unmount();
    renderIn('en', panel(same));
    expect(screen.getByTestId('nz-teach-same-names').textContent).toContain(
      'Several conversations have the same name (Анна)',
    );
  });

  it('with keys of their own, only asks to check the name taught; with nothing missing, warns of nothing', () => {
    const { unmount } = renderIn('en', panel(review({ warnings: ['sameNames'], sameNames: ['Анна'] })));
    expect(screen.queryByTestId('nz-teach-same-names')).toBeNull();
    expect(screen.getByTestId('nz-teach-warn-sameNames').textContent).toContain(
      'Several conversations show the same name (Анна)',
    );
    unmount();
    renderIn('en', panel(review()));
    expect(screen.queryAllByRole('note')).toEqual([]);
  });

  it('cannot save a profile that reads no conversation', () => {
    renderIn('en', panel(review({ rows: [], shown: 0 })));
    expect(screen.getByTestId('nz-teach-save')).toHaveProperty('disabled', true);
  });
});

describe('teach panel, saving over a profile of the same console', () => {
  const asking = (handlers: Partial<TeachPanelProps> = {}) => (
    <TeachPanel
      state={reviewState}
      review={review()}
      saved={false}
      replacing={{ name: 'desk.example.com/agent' }}
      onSkip={noop}
      onBack={noop}
      onCancel={noop}
      onSave={noop}
      {...handlers}
    />
  );

  it('asks before replacing, and each answer does what it says', () => {
    const onReplace = vi.fn();
    const onKeepBoth = vi.fn();
    const onKeepOld = vi.fn();
    renderIn('en', asking({ onReplace, onKeepBoth, onKeepOld }));
    expect(screen.getByRole('alertdialog').textContent).toContain(
      'You already have a profile for this console: desk.example.com/agent. Replace it',
    );
    // Nothing is saved past the question.
    expect(screen.queryByTestId('nz-teach-save')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect([onReplace, onKeepBoth, onKeepOld].map((handler) => handler.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('asks in Russian too', () => {
    renderIn('ru', asking());
    expect(screen.getByRole('alertdialog').textContent).toContain('Для этой консоли у вас уже есть профиль');
    expect(screen.getByRole('button', { name: 'Оставить оба' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Заменить' })).toBeTruthy();
  });
});

describe('teach panel, what a click on a part of the row found', () => {
  const part = (css: string, count: number) => ({ css, count, why: 'test' });
  const after = (taught: 'name' | 'unread', count: number, onBack = noop) => (
    <TeachPanel
      state={{
        step: taught === 'name' ? 'unread' : 'preview',
        hover: null,
        found: { rows: part('li.row', 14), [taught]: part(`.${taught}`, count) },
        problem: null,
        proposed: false,
      }}
      review={null}
      saved={false}
      onSkip={noop}
      onBack={onBack}
      onCancel={noop}
      onSave={noop}
    />
  );

  it('counts it in rows, and offers to pick a name found in only some rows again', () => {
    const onBack = vi.fn();
    renderIn('en', after('name', 6, onBack));
    expect(screen.getByTestId('nz-teach-found').textContent).toBe('Found in 6 of 14 rows: .name');
    expect(screen.getByTestId('nz-teach-some-rows').textContent).toContain('Not in every row');
    fireEvent.click(screen.getByRole('button', { name: 'Pick again' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('says nothing more when every row has it, or for unread markers only some rows carry', () => {
    const { unmount } = renderIn('ru', after('name', 14));
    expect(screen.getByTestId('nz-teach-found').textContent).toBe('Найдено в 14 из 14 строк: .name');
    expect(screen.queryByTestId('nz-teach-some-rows')).toBeNull();
    unmount();
    renderIn('ru', after('unread', 3));
    expect(screen.getByTestId('nz-teach-found').textContent).toBe('Найдено в 3 из 14 строк: .unread');
    expect(screen.queryByTestId('nz-teach-some-rows')).toBeNull();
  });
});

describe('teach panel, the Send step', () => {
  const sendStep = (composer: boolean): TeachState => ({
    step: 'sendButton',
    hover: null,
    found: {
      rows: { css: 'li.row', count: 5, why: '' },
      ...(composer ? { composer: { css: 'textarea', count: 1, why: '' } } : {}),
    },
    problem: null,
    proposed: false,
  });
  const at = (state: TeachState, onSendBeside = noop) => (
    <TeachPanel
      state={state}
      review={null}
      saved={false}
      onSkip={noop}
      onSendBeside={onSendBeside}
      onBack={noop}
      onCancel={noop}
      onSave={noop}
    />
  );

  it('offers the button beside the reply box once one is taught, in both languages', () => {
    const beside = vi.fn();
    renderIn('en', at(sendStep(true), beside));
    fireEvent.click(screen.getByRole('button', { name: 'The button beside the reply box' }));
    expect(beside).toHaveBeenCalledOnce();
  });

  it('says so in Russian, and offers nothing to look beside without a reply box', () => {
    const { unmount } = renderIn('ru', at(sendStep(true)));
    expect(screen.getByTestId('nz-teach-send-beside').textContent).toBe('Кнопка рядом с полем ответа');
    unmount();
    renderIn('en', at(sendStep(false)));
    expect(screen.queryByTestId('nz-teach-send-beside')).toBeNull();
  });
});
