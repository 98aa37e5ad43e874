import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatsCharts } from '../../../components/stats/stats-charts';
import { renderIn } from '../render-with-locale';
import { FROM, answeredWait, metricsOf } from './stats-fixtures';

describe('charts and their text alternative', () => {
  it('gives each chart a named figure whose numbers are in a table', () => {
    const metrics = metricsOf([
      ...answeredWait('a1', FROM + 9 * 3_600_000, 120_000),
      ...answeredWait('b2', FROM + 86_400_000 + 9 * 3_600_000 + 60_000, 240_000, 200_000),
    ]);
    renderIn('en', <StatsCharts metrics={metrics} />);
    const trend = screen.getByRole('figure', { name: 'By day' });
    // The canvas is decoration; the table carries the numbers.
    expect(within(trend).getByTestId('nz-chart-canvas').getAttribute('aria-hidden')).toBe('true');
    fireEvent.click(within(trend).getByText('Show the numbers as a table'));
    const rows = within(trend)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Day', 'Replies', 'Breaches', 'Median reply time', 'Median first response'],
      ['10 Mar', '1', '0', '2:00', '—'],
      ['11 Mar', '1', '1', '4:00', '—'],
      ['12 Mar', '0', '0', '—', '—'],
    ]);
    const hours = screen.getByRole('figure', { name: 'By hour of day' });
    const nine = within(hours).getByRole('rowheader', { name: '09:00' }).parentElement!;
    expect([...nine.children].map((cell) => cell.textContent)).toEqual(['09:00', '2', '1', '2:00']);
  });
});
