import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplatesSection, type TemplatesSectionProps } from '../../components/options/templates-section';
import { toCsv } from '../../lib/domain/csv';
import { previewImport } from '../../lib/domain/template/import-plan';
import type { Template } from '../../lib/domain/template/template';
import { parseTemplateFile } from '../../lib/domain/template/parse-template-file';
import type { TemplateImportPreview } from '../../lib/domain/template/import-plan';
import { renderIn } from './render-with-locale';
import { makeTemplate } from '../fixtures/template';

afterEach(cleanup);

const NOW = new Date(2026, 10, 25, 9, 30).getTime();
const template = (id: string, patch: Partial<Template> = {}) =>
  makeTemplate(id, { title: `Template ${id}`, body: 'Hello', ...patch });
const library = [
  template('refund', { title: 'Refund', shortcut: 'refund', body: 'We refund.', tags: ['money'] }),
  template('hello', { title: 'Hello', shortcut: 'hi', body: 'Hi!' }),
  template('ru', { title: 'Возврат', shortcut: 'возврат', language: 'ru', body: 'Вернём.' }),
];

// The options page asks the background; here the same domain logic answers.
const preview = async (text: string, fileName: string): Promise<TemplateImportPreview> => {
  const parsed = parseTemplateFile(text, fileName);
  return parsed.ok
    ? { ok: true, format: parsed.format, ...previewImport(parsed.templates, library) }
    : parsed;
};

function props(patch: Partial<TemplatesSectionProps> = {}): TemplatesSectionProps {
  return {
    templates: library,
    operatorName: 'Anna',
    now: NOW,
    onSave: vi.fn(async () => undefined),
    onDuplicate: vi.fn(),
    onDelete: vi.fn(async () => null),
    onRestore: vi.fn(),
    onExport: vi.fn(),
    onPreviewImport: vi.fn(preview),
    onImport: vi.fn(async () => ({
      added: 1,
      replaced: 1,
      kept: 1,
      unchanged: 0,
      renamed: [{ title: 'Hello again', language: 'en' as const, from: 'hi', to: 'hi2' }],
    })),
    ...patch,
  };
}

const header = ['title', 'body', 'shortcut', 'tags', 'language'];
const conflictingCsv = toCsv([
  header,
  ['Delivery', 'It ships today.', 'ship', '', 'en'],
  ['Refund v2', 'Your money is on its way.', 'refund', 'money', 'en'],
  ['Hello again', 'Hey there!', 'hi', '', 'en'],
]);

function chooseFile(text: string, name: string) {
  const input = screen.getByLabelText(/Import from file|Импорт из файла/) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

describe('template files in the options', () => {
  it('exports the templates shown, as JSON or CSV', () => {
    const p = props();
    renderIn('en', <TemplatesSection {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(p.onExport).toHaveBeenLastCalledWith(['hello', 'refund', 'ru'], 'json');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(p.onExport).toHaveBeenLastCalledWith(['hello', 'refund'], 'csv');
    expect(screen.getByText(/Exports the 2 templates shown/)).toBeTruthy();
  });

  it('reviews a file: counts, a keep / replace / keep-both choice per conflict, then imports with the choices', async () => {
    const p = props();
    renderIn('en', <TemplatesSection {...p} />);
    chooseFile(conflictingCsv, 'team.csv');
    const review = await screen.findByRole('dialog', { name: 'Import “team.csv”' });
    expect(within(review).getByTestId('nz-template-import-counts').textContent).toBe(
      'Templates in the file: 3. New: 1. Already in your library: 0. In conflict with yours: 2.',
    );
    const conflicts = within(review).getAllByTestId('nz-template-import-conflict');
    const [refund, hello] = conflicts.map((fieldset) => within(fieldset));
    // Each conflict is a radio group named by what collides with what.
    expect(
      within(review).getByRole('group', {
        name: '“Refund v2” has the same shortcut ;refund (en) as your “Refund”',
      }),
    ).toBe(conflicts[0]);
    expect(conflicts[0]!.textContent).toContain('Your money is on its way.');
    expect(conflicts[0]!.textContent).toContain('We refund.');
    // Nothing of mine changes unless I say so.
    expect((refund!.getByRole('radio', { name: 'Keep mine' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(refund!.getByRole('radio', { name: 'Replace mine' }));
    fireEvent.click(hello!.getByRole('radio', { name: 'Keep both' }));
    expect(p.onImport).not.toHaveBeenCalled();
    fireEvent.click(within(review).getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(p.onImport).toHaveBeenCalledWith(conflictingCsv, 'team.csv', { 1: 'replace', 2: 'both' }),
    );
    const result = await screen.findByRole('status');
    expect(result.textContent).toContain(
      'Imported from “team.csv”: added 1, replaced 1, kept yours 1, already there 0.',
    );
    expect(result.textContent).toContain('“Hello again” got the shortcut ;hi2: ;hi is taken.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('sets every conflict at once, and Cancel or Esc imports nothing', async () => {
    const p = props();
    renderIn('en', <TemplatesSection {...p} />);
    chooseFile(conflictingCsv, 'team.csv');
    const review = await screen.findByRole('dialog');
    const all = within(within(review).getByTestId('nz-template-import-all'));
    fireEvent.click(all.getByRole('radio', { name: 'Replace mine' }));
    for (const fieldset of within(review).getAllByTestId('nz-template-import-conflict'))
      expect(
        (within(fieldset).getByRole('radio', { name: 'Replace mine' }) as HTMLInputElement).checked,
      ).toBe(true);
    fireEvent.click(within(review).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    chooseFile(conflictingCsv, 'team.csv');
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(p.onImport).not.toHaveBeenCalled();
  });

  it('names the row and column of every problem of a broken file, and imports nothing', async () => {
    const p = props();
    renderIn('en', <TemplatesSection {...p} />);
    const broken = toCsv([
      header,
      ['Fine', 'Body', '', '', 'en'],
      ['Guten Tag', 'Hallo', '', '', 'de'],
      ['', 'x', '', '', 'en'],
    ]);
    chooseFile(broken, 'broken.csv');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported from “broken.csv”:');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'row 3 (“Guten Tag”), language: “de” is not ru or en',
      'row 4, title: required',
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(p.onImport).not.toHaveBeenCalled();
  });

  it('says it in Russian too', async () => {
    renderIn('ru', <TemplatesSection {...props()} />);
    chooseFile(JSON.stringify({ kind: 'nezabudka-templates', version: 3, templates: [] }), 'новый.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Из «новый.json» ничего не импортировано:файл, version: создан более новой Незабудкой (версия 3); обновите расширение',
    );
    chooseFile(toCsv([header, ['Жалоба', 'Понимаю.', 'жалоба', '', 'ру']]), 'шаблоны.csv');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'строка 2 («Жалоба»), language: «ру» — не ru и не en',
      ),
    );
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const p = props();
    renderIn('en', <TemplatesSection {...p} />);
    chooseFile('x'.repeat(1_000_001), 'huge.csv');
    expect((await screen.findByRole('alert')).textContent).toContain('file: larger than 1 MB');
    expect(p.onPreviewImport).not.toHaveBeenCalled();
  });

  it('shows why an import failed (the library changed meanwhile) and what was kept: nothing', async () => {
    const onImport = vi.fn(async () => {
      throw new Error('Your templates changed since the file was read; choose the file again.');
    });
    renderIn('en', <TemplatesSection {...props({ onImport })} />);
    chooseFile(conflictingCsv, 'team.csv');
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toContain('changed since the file was read');
  });

  it('says so when everything in the file is already there', async () => {
    renderIn('en', <TemplatesSection {...props()} />);
    const same = toCsv([header, ['Hello', 'Hi!', 'hi', '', 'en']]);
    chooseFile(same, 'same.csv');
    const review = await screen.findByRole('dialog');
    expect(review.textContent).toContain('Everything in this file is already in your library.');
    expect(within(review).queryByRole('button', { name: 'Import' })).toBeNull();
  });
});
