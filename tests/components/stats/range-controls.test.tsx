import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RangeControls } from '../../../components/stats/range-controls';
import type { StatsFilters } from '../../../lib/state/stats-store';
import { renderIn } from '../render-with-locale';

const filters: StatsFilters = {
  preset: 'week',
  custom: { from: '2026-03-01', to: '2026-03-07' },
  site: null,
  priority: null,
};

describe('range and filters on the stats page', () => {
  it('marks the chosen range and asks for another one on click', () => {
    const onChange = vi.fn();
    renderIn('en', <RangeControls filters={filters} sites={[]} rangeProblem={null} onChange={onChange} />);
    const pressed = screen.getAllByRole('button').filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((b) => b.textContent)).toEqual(['7 days']);
    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    expect(onChange.mock.calls).toEqual([[{ preset: 'today' }], [{ preset: 'month' }]]);
    // Dates appear only for a custom range.
    expect(screen.queryByLabelText('From')).toBeNull();
  });

  it('offers dates for a custom range and explains a reversed one', () => {
    const onChange = vi.fn();
    renderIn(
      'ru',
      <RangeControls
        filters={{ ...filters, preset: 'custom' }}
        sites={[]}
        rangeProblem="reversed"
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByLabelText('По (включительно)'), { target: { value: '2026-02-20' } });
    expect(onChange).toHaveBeenCalledWith({ custom: { from: '2026-03-01', to: '2026-02-20' } });
    expect(screen.getByRole('alert').textContent).toBe('Дата окончания раньше даты начала.');
    expect(screen.getByLabelText('С').getAttribute('aria-invalid')).toBe('true');
  });

  it('filters by the sites seen and by priority', () => {
    const onChange = vi.fn();
    renderIn(
      'en',
      <RangeControls
        filters={filters}
        sites={['https://a.test', 'https://b.test']}
        rangeProblem={null}
        onChange={onChange}
      />,
    );
    const site = screen.getByLabelText('Site') as HTMLSelectElement;
    expect([...site.options].map((o) => o.textContent)).toEqual([
      'All sites',
      'https://a.test',
      'https://b.test',
    ]);
    fireEvent.change(site, { target: { value: 'https://b.test' } });
    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: 'vip' } });
    fireEvent.change(site, { target: { value: '' } });
    expect(onChange.mock.calls).toEqual([
      [{ site: 'https://b.test' }],
      [{ priority: 'vip' }],
      [{ site: null }],
    ]);
  });
});
