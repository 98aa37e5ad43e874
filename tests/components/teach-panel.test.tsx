import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TeachPanel, type TeachPanelProps } from '../../components/overlay/teach-panel';
import type { TeachState } from '../../lib/adapters/teach-controller';
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

describe('teach panel, review step', () => {
  it('warns when rows keyed by name alone share a name, in both languages', () => {
    const review = { count: 3, names: ['Анна', 'Олег', 'Анна'], problems: [], sameNames: ['Анна'] };
    const { unmount } = renderIn('ru', panel(review));
    expect(screen.getByTestId('nz-teach-same-names').textContent).toContain(
      'У нескольких диалогов одно имя (Анна)',
    );
    unmount();
    renderIn('en', panel(review));
    expect(screen.getByTestId('nz-teach-same-names').textContent).toContain(
      'Several conversations have the same name (Анна)',
    );
  });

  it('says nothing of names when the rows have keys of their own', () => {
    renderIn('en', panel({ count: 2, names: ['Анна', 'Анна'], problems: [], sameNames: [] }));
    expect(screen.queryByTestId('nz-teach-same-names')).toBeNull();
    expect(screen.getByTestId('nz-teach-review').dataset.count).toBe('2');
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
