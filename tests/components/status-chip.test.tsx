import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StatusChip } from '../../components/overlay/status-chip';
import { renderIn } from './render-with-locale';

describe('overlay status chip', () => {
  it('says the page is watched once the background answers', () => {
    renderIn(
      'ru',
      <StatusChip status="connected" roundTripMs={3} collapsed={false} onToggle={() => undefined} />,
    );
    const chip = screen.getByTestId('nz-overlay');
    expect(chip.dataset.state).toBe('connected');
    expect(chip.textContent).toContain('на посту');
    expect(chip.title).toBe('Фон ответил за 3 мс');
  });

  it('warns when the extension does not answer', () => {
    renderIn(
      'en',
      <StatusChip status="offline" roundTripMs={null} collapsed={false} onToggle={() => undefined} />,
    );
    expect(screen.getByTestId('nz-overlay').textContent).toContain('no connection to the extension');
  });

  it('shows who waits even when the queue is hidden, with a keyboard-reachable toggle', () => {
    const onToggle = vi.fn();
    renderIn(
      'en',
      <StatusChip status="connected" roundTripMs={3} collapsed onToggle={onToggle} waiting={4} urgent={1} />,
    );
    const toggle = screen.getByRole('button', { name: 'Show the queue' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('nz-waiting-count').textContent).toBe('4 waiting');
    expect(screen.getByTestId('nz-urgent-count').textContent).toBe('1 overdue');
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('says in its tooltip when the open conversation cannot be told, in both languages', () => {
    const { unmount } = renderIn(
      'en',
      <StatusChip status="connected" roundTripMs={3} collapsed onToggle={() => undefined} openUnsure />,
    );
    const chip = screen.getByTestId('nz-overlay');
    expect(chip.dataset.open).toBe('unsure');
    expect(chip.title.split('\n')[0]).toMatch(/^Can't tell which conversation is open/);
    unmount();
    renderIn('ru', <StatusChip status="connected" roundTripMs={3} collapsed onToggle={() => undefined} />);
    expect(screen.getByTestId('nz-overlay').dataset.open).toBeUndefined();
    expect(screen.getByTestId('nz-overlay').title).toBe('Фон ответил за 3 мс');
  });

  it('says a page too heavy to read is paused, and offers to teach again', () => {
    const onReteach = vi.fn();
    renderIn(
      'ru',
      <StatusChip
        status="connected"
        roundTripMs={3}
        collapsed
        onToggle={() => undefined}
        tooHeavy
        onReteach={onReteach}
      />,
    );
    expect(screen.getByTestId('nz-profile-too-heavy').textContent).toMatch(/^Пауза: страница слишком тяжела/);
    fireEvent.click(screen.getByRole('button', { name: 'Обучить заново' }));
    expect(onReteach).toHaveBeenCalledOnce();
  });

  it('says in its tooltip when only the first rows of a long list are read', () => {
    renderIn(
      'en',
      <StatusChip
        status="connected"
        roundTripMs={null}
        collapsed
        onToggle={() => undefined}
        rowsCapped={{ read: 1000, total: 20000 }}
      />,
    );
    expect(screen.getByTestId('nz-overlay').title).toMatch(/^Reading the first 1000 of 20000 conversations/);
  });
});
