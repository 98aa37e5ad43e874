import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ClearStats } from '../../../components/stats/clear-stats';
import { ExportPanel } from '../../../components/stats/export-panel';
import { renderIn } from '../render-with-locale';

describe('exporting statistics', () => {
  it('is anonymous by default, naming the operator by the alias', async () => {
    const onExport = vi.fn(async () => ({ ok: true, message: 'Saved stats.json (3 events).' }));
    renderIn('en', <ExportPanel operator="op-7f3a" disabled={false} onExport={onExport} />);
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    const alias = screen.getByLabelText('Alias') as HTMLInputElement;
    expect(alias.value).toBe('op-7f3a');
    fireEvent.change(alias, { target: { value: ' Lead-A ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(await screen.findByTestId('nz-export-result')).toHaveProperty(
      'textContent',
      'Saved stats.json (3 events).',
    );
    expect(onExport).toHaveBeenCalledWith('json', 'Lead-A');
  });

  it('asks for an alias instead of exporting a typed name', () => {
    const onExport = vi.fn();
    // An operator id the operator typed may be a real name: it is not offered as the alias.
    renderIn('en', <ExportPanel operator="Anna Smirnova" disabled={false} onExport={onExport} />);
    expect((screen.getByLabelText('Alias') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter an alias, or turn off “Anonymous”.');
    expect(onExport).not.toHaveBeenCalled();
  });

  it('exports under the operator id when anonymity is turned off', async () => {
    const onExport = vi.fn(async () => ({ ok: true, message: 'ok' }));
    renderIn('en', <ExportPanel operator="Anna" disabled={false} onExport={onExport} />);
    fireEvent.click(screen.getByRole('checkbox'));
    expect(screen.queryByLabelText('Alias')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(onExport).toHaveBeenCalledWith('csv', undefined));
  });
});

describe('clearing statistics', () => {
  it('asks first; keeping them changes nothing and returns focus', () => {
    const onClear = vi.fn(async () => null);
    renderIn('en', <ClearStats onClear={onClear} />);
    const ask = screen.getByRole('button', { name: 'Clear all statistics' });
    fireEvent.click(ask);
    expect(screen.getByRole('alertdialog').textContent).toContain('cannot be undone');
    expect(document.activeElement?.textContent).toBe('Keep them');
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(onClear).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(ask);
  });

  it('deletes on confirmation and says so', async () => {
    const onClear = vi.fn(async () => null);
    renderIn('ru', <ClearStats onClear={onClear} />);
    fireEvent.click(screen.getByRole('button', { name: 'Удалить всю статистику' }));
    fireEvent.click(screen.getByRole('button', { name: 'Да, удалить всё' }));
    expect((await screen.findByRole('status')).textContent).toBe('Вся статистика и все часы удалены.');
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});
