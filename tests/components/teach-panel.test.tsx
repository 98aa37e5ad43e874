import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
