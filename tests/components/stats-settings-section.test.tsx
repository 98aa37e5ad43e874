import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '../../components/options/options-view';
import { defaultSettings } from '../../lib/domain/settings';
import { renderIn } from './render-with-locale';

const base: OptionsViewProps = {
  settings: { ...defaultSettings, operatorId: 'op-7f3a' },
  loadError: null,
  saveState: 'idle',
  saveError: null,
  onSave: () => undefined,
};

describe('options: statistics settings', () => {
  it('shows the operator alias and the retention period, in Russian too', () => {
    renderIn('ru', <OptionsView {...base} />);
    expect((screen.getByLabelText('Ваш идентификатор в статистике') as HTMLInputElement).value).toBe(
      'op-7f3a',
    );
    expect((screen.getByLabelText('Хранить статистику (дней)') as HTMLInputElement).value).toBe('90');
  });

  it('saves a new id and retention together', () => {
    const onSave = vi.fn();
    renderIn('en', <OptionsView {...base} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Your id in statistics'), { target: { value: '  Anna  ' } });
    const days = screen.getByLabelText('Keep statistics for (days)');
    fireEvent.change(days, { target: { value: '30' } });
    fireEvent.submit(days.closest('form')!);
    expect(onSave).toHaveBeenCalledWith({ operatorId: 'Anna', retentionDays: 30 });
  });

  it('refuses an empty id or an impossible number of days, and saves nothing', () => {
    const onSave = vi.fn();
    renderIn('en', <OptionsView {...base} onSave={onSave} />);
    const days = screen.getByLabelText('Keep statistics for (days)');
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.submit(days.closest('form')!);
    expect(screen.getByRole('alert').textContent).toMatch(/1 to 3650/);
    fireEvent.change(days, { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Your id in statistics'), { target: { value: '   ' } });
    fireEvent.submit(days.closest('form')!);
    expect(onSave).not.toHaveBeenCalled();
  });
});
