import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProfilesSection, type ProfilesSectionProps } from '../../components/options/profiles-section';
import { builtInProfiles } from '../../lib/adapters/profiles';
import { renderIn } from './render-with-locale';

const demo = builtInProfiles[0]!;
const acme = { ...demo, id: 'acme-desk', name: 'Acme Desk', matches: ['https://support.acme.test/*'] };

function props(patch: Partial<ProfilesSectionProps> = {}): ProfilesSectionProps {
  return {
    profiles: { builtIn: [demo], own: [{ profile: acme, updatedAt: 0 }] },
    onSave: vi.fn(async () => null),
    onDelete: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(async () => ({ ok: true, message: 'Imported: beta.' })),
    ...patch,
  };
}

describe('site profiles in the options', () => {
  it('lists built-in and own profiles; a built-in one cannot be edited or deleted', () => {
    renderIn('en', <ProfilesSection {...props()} />);
    const [builtIn, own] = screen.getAllByTestId('nz-profile');
    expect(within(builtIn!).getByText('built-in')).toBeTruthy();
    expect((within(builtIn!).getByRole('button', { name: 'Edit' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(builtIn!).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(within(own!).getByText('Acme Desk')).toBeTruthy();
  });

  it('says which stored profile is switched off by a bad site pattern, and only that one', () => {
    const broken = { ...acme, id: 'broken-desk', name: 'Broken Desk', matches: ['not a pattern'] };
    const own = [
      { profile: acme, updatedAt: 0 },
      { profile: broken, updatedAt: 0 },
    ];
    renderIn('en', <ProfilesSection {...props({ profiles: { builtIn: [demo], own } })} />);
    const [builtIn, good, bad] = screen.getAllByTestId('nz-profile');
    expect(within(bad!).getByTestId('nz-profile-off').textContent).toBe(
      `This profile's site pattern "not a pattern" is not valid, so the profile is switched off until it is fixed: edit it to read like https://desk.example.com/*. Your other profiles keep working.`,
    );
    expect(within(builtIn!).queryByTestId('nz-profile-off')).toBeNull();
    expect(within(good!).queryByTestId('nz-profile-off')).toBeNull();
  });

  it('says so in Russian too', () => {
    const broken = { ...acme, matches: ['https://desk.test:8080/*'] };
    renderIn(
      'ru',
      <ProfilesSection
        {...props({ profiles: { builtIn: [demo], own: [{ profile: broken, updatedAt: 0 }] } })}
      />,
    );
    expect(screen.getByTestId('nz-profile-off').textContent).toMatch(
      /^Шаблон адреса "https:\/\/desk.test:8080\/\*" в этом профиле неверен, поэтому профиль выключен/,
    );
  });

  it('shows the problems of an invalid edit and keeps the editor open', async () => {
    const onSave = vi.fn(async () => 'rows: give at least one selector');
    renderIn('en', <ProfilesSection {...props({ onSave })} />);
    fireEvent.click(within(screen.getAllByTestId('nz-profile')[1]!).getByRole('button', { name: 'Edit' }));
    const editor = screen.getByLabelText('Profile (JSON)') as HTMLTextAreaElement;
    fireEvent.change(editor, { target: { value: '{ broken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('nz-profile-problems')).textContent).toMatch(/not valid JSON/);
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(editor, { target: { value: JSON.stringify({ ...acme, rows: [] }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('nz-profile-problems').textContent).toMatch(/rows/));
    expect(onSave).toHaveBeenCalledWith({ ...acme, rows: [] }, 'acme-desk');
  });

  it('duplicates under a free id, asks before deleting, and exports', () => {
    const p = props();
    renderIn('en', <ProfilesSection {...p} />);
    const own = screen.getAllByTestId('nz-profile')[1]!;
    fireEvent.click(within(own).getByRole('button', { name: 'Duplicate' }));
    const copy = JSON.parse((screen.getByLabelText('Profile (JSON)') as HTMLTextAreaElement).value);
    expect(copy.id).toBe('acme-desk-copy');
    fireEvent.click(within(own).getByRole('button', { name: 'Delete' }));
    expect(p.onDelete).not.toHaveBeenCalled();
    fireEvent.click(within(own).getByRole('button', { name: 'Really delete Acme Desk?' }));
    expect(p.onDelete).toHaveBeenCalledWith('acme-desk');
    fireEvent.click(within(own).getByRole('button', { name: 'Export' }));
    expect(p.onExport).toHaveBeenCalledWith(['acme-desk']);
  });

  it('imports a chosen file and says what happened', async () => {
    const p = props({
      onImport: vi.fn(async () => ({ ok: false, message: 'Nothing was imported:\nfile: not JSON' })),
    });
    renderIn('en', <ProfilesSection {...p} />);
    const input = screen.getByLabelText('Import from file…') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File(['{ nope'], 'team.json', { type: 'application/json' })] },
    });
    expect((await screen.findByTestId('nz-import-result')).textContent).toMatch(/Nothing was imported/);
    expect(p.onImport).toHaveBeenCalledWith('{ nope');
  });
});
