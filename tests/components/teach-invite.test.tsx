import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TeachInvite } from '../../components/overlay/teach-invite';
import { renderIn } from './render-with-locale';

describe('the invitation to teach', () => {
  it('says which built-in profile does not recognise the page, in both languages', () => {
    const { unmount } = renderIn(
      'en',
      <TeachInvite builtIn="Acme Desk" onTeach={() => undefined} onClose={() => undefined} />,
    );
    expect(screen.getByTestId('nz-teach-invite').textContent).toContain(
      'The built-in profile for Acme Desk does not recognise this page — teach it.',
    );
    unmount();
    renderIn('ru', <TeachInvite builtIn="Acme Desk" onTeach={() => undefined} onClose={() => undefined} />);
    expect(screen.getByTestId('nz-teach-invite').textContent).toContain(
      'Встроенный профиль для Acme Desk не узнаёт эту страницу',
    );
  });

  it('on a site nothing covers, says it is not set up, and its button starts teaching', () => {
    const onTeach = vi.fn();
    renderIn('en', <TeachInvite builtIn={null} onTeach={onTeach} onClose={() => undefined} />);
    expect(screen.getByTestId('nz-teach-invite').textContent).toContain('Not set up on this site yet.');
    expect(screen.getByTestId('nz-teach-invite').textContent).not.toContain('built-in');
    fireEvent.click(screen.getByRole('button', { name: 'Teach this site' }));
    expect(onTeach).toHaveBeenCalledOnce();
  });
});
