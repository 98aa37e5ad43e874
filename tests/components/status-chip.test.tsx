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

  it('collapses to the name with a keyboard-reachable toggle', () => {
    const onToggle = vi.fn();
    renderIn('en', <StatusChip status="connected" roundTripMs={3} collapsed onToggle={onToggle} />);
    const toggle = screen.getByRole('button', { name: 'Show Nezabudka' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('nz-overlay').textContent).not.toContain('on watch');
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledOnce();
  });
});
