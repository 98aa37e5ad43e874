import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeadlineFigures } from '../../../components/stats/headline-figures';
import { MetricsReport } from '../../../components/stats/metrics-report';
import { TemplateUsageTable } from '../../../components/stats/template-usage-table';
import { renderIn } from '../render-with-locale';
import { FROM, answeredWait, emptyMetrics, metricsOf } from './stats-fixtures';

const valueOf = (testId: string) => screen.getByTestId(`${testId}-value`).textContent;

describe('headline figures on the stats page', () => {
  it('shows the median, 90% and longest reply times and the breach rate', () => {
    const events = [
      ...answeredWait('a1', FROM + 3_600_000, 60_000),
      ...answeredWait('b2', FROM + 7_200_000, 120_000),
      ...answeredWait('c3', FROM + 10_800_000, 900_000, 600_000),
    ];
    renderIn('en', <HeadlineFigures metrics={metricsOf(events)} />);
    expect(valueOf('nz-figure-reply')).toBe('2:00');
    const reply = screen.getByTestId('nz-figure-reply');
    expect(reply.textContent).toContain('90% within 15:00');
    expect(reply.textContent).toContain('longest 15:00');
    expect(reply.textContent).toContain('replies: 3');
    expect(valueOf('nz-figure-breaches')).toBe('1');
    expect(screen.getByTestId('nz-figure-breaches').textContent).toContain('33.3% of waits');
    expect(valueOf('nz-figure-handled')).toBe('3');
    expect(within(reply).getByRole('heading').textContent).toBe('Reply time, median');
  });

  it('says "no data" for a figure nothing was measured for, never 0:00', () => {
    // Customers wrote but nobody answered yet: no reply times exist.
    const metrics = metricsOf([
      { at: FROM + 1000, type: 'customer-message', site: 's', operator: 'op-1', conversation: 'x' },
    ]);
    renderIn('ru', <HeadlineFigures metrics={metrics} />);
    expect(valueOf('nz-figure-reply')).toBe('нет данных');
    expect(valueOf('nz-figure-first-response')).toBe('нет данных');
    const values = screen.getAllByTestId(/-value$/).map((value) => value.textContent);
    expect(values).not.toContain('0:00');
  });

  it('shows one empty-state sentence for a range without any events', () => {
    renderIn('en', <MetricsReport metrics={emptyMetrics()} templateTitles={{}} />);
    expect(screen.getByTestId('nz-stats-empty').textContent).toBe('No data for this range.');
    expect(screen.queryByTestId('nz-stats-headline')).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|0 ms/);
  });

  it('names templates by the operator’s own titles, and a deleted one by its id', () => {
    const metrics = metricsOf([
      ...answeredWait('a1', FROM + 1000, 5000),
      ...['t-1', 't-1', 't-2'].map((template, index) => ({
        at: FROM + 2000 + index,
        type: 'template-used' as const,
        site: 's',
        operator: 'op-1',
        conversation: 'a1',
        template,
      })),
    ]);
    renderIn('en', <MetricsReport metrics={metrics} templateTitles={{ 't-1': 'Refund, apology' }} />);
    const rows = within(screen.getByTestId('nz-template-usage')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'TemplateTimes used',
      'Refund, apology2',
      'a deleted template (t-2)1',
    ]);
  });
});

describe('template usage table', () => {
  it('shows the ten most used and the rest on request', () => {
    const usage = Array.from({ length: 12 }, (_, i) => ({ template: `t-${i}`, count: 20 - i }));
    renderIn('en', <TemplateUsageTable usage={usage} titles={{}} />);
    const rows = () => within(screen.getByTestId('nz-template-usage')).getAllByRole('row').length - 1;
    expect(rows()).toBe(10);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 12' }));
    expect(rows()).toBe(12);
    fireEvent.click(screen.getByRole('button', { name: 'Show the top 10' }));
    expect(rows()).toBe(10);
  });
});
