import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TemplatesSection, type TemplatesSectionProps } from '../../components/options/templates-section';
import type { Template } from '../../lib/domain/template/template';
import { renderIn } from './render-with-locale';
import { makeTemplate } from '../fixtures/template';

const NOW = new Date(2026, 10, 25, 9, 30).getTime();
const template = (id: string, patch: Partial<Template> = {}) =>
  makeTemplate(id, { title: `Template ${id}`, body: 'Hello', ...patch });
const library = [
  template('a', {
    title: 'Refund',
    body: 'We refund [[amount: Amount]].',
    tags: ['money'],
    shortcut: 'refund',
  }),
  template('b', { title: 'Возврат', body: 'Вернём деньги.', language: 'ru', tags: ['деньги'] }),
  template('c', { title: 'Greeting', body: '{greeting}, {firstName}!' }),
];

function props(patch: Partial<TemplatesSectionProps> = {}): TemplatesSectionProps {
  return {
    templates: library,
    operatorName: 'Anna',
    now: NOW,
    onSave: vi.fn(async () => null),
    onDuplicate: vi.fn(),
    onDelete: vi.fn(async (id: string) => library.find((t) => t.id === id) ?? null),
    onRestore: vi.fn(),
    onExport: vi.fn(),
    onPreviewImport: vi.fn(async () => ({ ok: false as const, format: null, problems: [] })),
    onImport: vi.fn(async () => ({ added: 0, replaced: 0, kept: 0, unchanged: 0, renamed: [] })),
    ...patch,
  };
}
const titles = () =>
  screen.getAllByTestId('nz-template').map((item) => item.querySelector('strong')!.textContent);

describe('reply templates in the options', () => {
  it('searches title, shortcut, tags and text, and filters by language and tag', () => {
    renderIn('en', <TemplatesSection {...props()} />);
    expect(titles()).toEqual(['Greeting', 'Refund', 'Возврат']);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'REFUND' } });
    expect(titles()).toEqual(['Refund']);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(titles()).toEqual(['Возврат']);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'money' } });
    expect(titles()).toEqual(['Refund']);
  });

  it('previews a template live with a sample customer, and says what it will ask or refuse', () => {
    renderIn('en', <TemplatesSection {...props()} />);
    fireEvent.click(within(screen.getAllByTestId('nz-template')[0]!).getByRole('button', { name: 'Edit' }));
    expect(screen.getByTestId('nz-template-preview').textContent).toBe('Good morning, Oliver!');
    fireEvent.change(screen.getByLabelText('Text'), {
      target: { value: 'Hi %%Username%%, your order [[order: Order number]]' },
    });
    const missing = screen.getByTestId('nz-template-missing').textContent;
    expect(missing).toContain('Asks before inserting: Order number');
    expect(missing).toContain('Will not be inserted while %%Username%% is left');
  });

  it('saves a new template with its wordings, and shows the problem when saving fails', async () => {
    const onSave = vi.fn(async () => 'shortcut: ";hi" is already used by "Greeting"');
    renderIn('en', <TemplatesSection {...props({ onSave })} />);
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Hi' } });
    fireEvent.change(screen.getByLabelText('Shortcut (typed as ;shortcut)'), { target: { value: ';hi' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Hi {firstName|there}!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a wording' }));
    fireEvent.change(screen.getByLabelText('Wording 2'), { target: { value: 'Hello!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/already used/));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Hi',
        shortcut: 'hi',
        body: 'Hi {firstName|there}!',
        variants: ['Hello!'],
        language: 'en',
      }),
    );
  });

  it('deletes with an Undo', async () => {
    const p = props();
    renderIn('en', <TemplatesSection {...p} />);
    fireEvent.click(within(screen.getAllByTestId('nz-template')[1]!).getByRole('button', { name: 'Delete' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByTestId('nz-template-deleted').textContent).toContain('Deleted “Refund”.');
    fireEvent.click(undo);
    expect(p.onRestore).toHaveBeenCalledWith(library[0]);
  });
});
