import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/popup/popup-view';
import { renderIn } from './render-with-locale';

describe('popup', () => {
  it('introduces the extension in the chosen language and opens the settings', () => {
    const onOpenOptions = vi.fn();
    renderIn('ru', <PopupView version="1.2.3" loadError={null} onOpenOptions={onOpenOptions} />);
    expect(screen.getByRole('heading').textContent).toBe('Незабудка');
    expect(screen.getByText('Версия 1.2.3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Настройки' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});
