import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BREACH_PAGE_SIZE, BreachTable } from '../../../components/stats/breach-table';
import type { BreachEntry } from '../../../lib/domain/stats/types';
import { renderIn } from '../render-with-locale';
import { FROM } from './stats-fixtures';

const breaches = (count: number): BreachEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    at: FROM + (count - index) * 60_000,
    site: 'https://desk.example.com',
    conversation: `${index.toString(16).padStart(8, '0')}deadbeefcafe0123456789`,
    priority: index % 2 ? 'vip' : 'normal',
    operator: 'op-7f3a',
    waitStart: null,
    endedAt: null,
    waitMs: 11 * 60_000 + index * 1000,
  }));

const page = () => screen.getByTestId('nz-breach-page').textContent;

describe('the breach table', () => {
  it('shows one page at a time and steps through the rest', () => {
    renderIn('en', <BreachTable breaches={breaches(60)} />);
    expect(screen.getAllByTestId('nz-breach-row')).toHaveLength(BREACH_PAGE_SIZE);
    expect(page()).toBe('1–25 of 60');
    const previous = screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement;
    const next = screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    fireEvent.click(next);
    fireEvent.click(next);
    expect(page()).toBe('51–60 of 60');
    expect(screen.getAllByTestId('nz-breach-row')).toHaveLength(10);
    expect(next.disabled).toBe(true);
    fireEvent.click(previous);
    expect(page()).toBe('26–50 of 60');
  });

  it('shows a conversation as a short hash, the priority and the wait', () => {
    renderIn('ru', <BreachTable breaches={breaches(2)} />);
    const cells = within(screen.getAllByTestId('nz-breach-row')[1]!).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent).slice(1)).toEqual([
      'https://desk.example.com',
      '00000001',
      'VIP',
      '11:01',
    ]);
  });

  it('renders only a page of rows even for 100,000 breaches', () => {
    renderIn('en', <BreachTable breaches={breaches(100_000)} />);
    expect(screen.getAllByTestId('nz-breach-row')).toHaveLength(BREACH_PAGE_SIZE);
    expect(page()).toBe('1–25 of 100,000');
  });

  it('says so when nothing was breached', () => {
    renderIn('en', <BreachTable breaches={[]} />);
    expect(screen.getByText('No breaches in this range.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
