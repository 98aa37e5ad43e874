import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '../../components/options/options-view';
import { renderIn } from './render-with-locale';
import { defaultSettings } from '../../lib/domain/settings';

const base: OptionsViewProps = {
  settings: { ...defaultSettings, operatorName: 'Анна' },
  loadError: null,
  saveState: 'idle',
  saveError: null,
  onSave: () => undefined,
};

describe('options page', () => {
  it('shows the settings in Russian with the stored name', () => {
    renderIn('ru', <OptionsView {...base} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Настройки Незабудки');
    expect((screen.getByLabelText('Ваше имя') as HTMLInputElement).value).toBe('Анна');
  });

  it('saves the language as soon as it is chosen', () => {
    const onSave = vi.fn();
    renderIn('en', <OptionsView {...base} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Interface language'), { target: { value: 'ru' } });
    expect(onSave).toHaveBeenCalledWith({ language: 'ru' });
  });

  it('saves a trimmed operator name on Enter and confirms it', () => {
    const onSave = vi.fn();
    const { rerender } = renderIn('en', <OptionsView {...base} onSave={onSave} />);
    const input = screen.getByLabelText('Your name');
    fireEvent.change(input, { target: { value: '  Boris  ' } });
    fireEvent.submit(input.closest('form')!);
    expect(onSave).toHaveBeenCalledWith({ operatorName: 'Boris' });
    rerender(<OptionsView {...base} saveState="saved" />);
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('explains a failed save and a failed load', () => {
    renderIn('en', <OptionsView {...base} saveState="error" saveError="disk full" />);
    expect(screen.getByRole('alert').textContent).toBe('Could not save: disk full');
  });

  it('says why there is nothing to edit when settings cannot be loaded', () => {
    renderIn('ru', <OptionsView {...base} settings={null} loadError="нет ответа" />);
    expect(screen.getByRole('alert').textContent).toBe('Не удалось загрузить настройки: нет ответа');
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
