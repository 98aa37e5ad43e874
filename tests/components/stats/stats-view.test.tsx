import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatsView } from '../../../components/stats/stats-view';
import { renderIn } from '../render-with-locale';

describe('stats page tabs', () => {
  it('switches between own and team statistics by click and by arrow keys', () => {
    renderIn('en', <StatsView mine={<p>own figures</p>} team={<p>team files</p>} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Statistics');
    const mine = screen.getByRole('tab', { name: 'My statistics' });
    const team = screen.getByRole('tab', { name: 'Team' });
    expect(mine.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('own figures');

    mine.focus();
    fireEvent.keyDown(mine, { key: 'ArrowRight' });
    expect(team.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(team);
    expect(screen.getByRole('tabpanel').textContent).toBe('team files');
    // Only the chosen tab is in the Tab order.
    expect([mine.tabIndex, team.tabIndex]).toEqual([-1, 0]);

    fireEvent.click(mine);
    expect(screen.getByRole('tabpanel').textContent).toBe('own figures');
  });
});
