import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../lib/i18n/user-error';
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
    onSave: vi.fn(async () => undefined),
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

  it('searches as the palette does: words in any order and field, ё as е, a typed ";shortcut"', () => {
    renderIn('en', <TemplatesSection {...props()} />);
    const search = (value: string) =>
      fireEvent.change(screen.getByLabelText('Search'), { target: { value } });
    search('money refund');
    expect(titles()).toEqual(['Refund']);
    search('вернем ДЕНЬГИ');
    expect(titles()).toEqual(['Возврат']);
    search(';refund');
    expect(titles()).toEqual(['Refund']);
    search('refund nothing-like-this');
    expect(screen.queryAllByTestId('nz-template')).toEqual([]);
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

  it('says where a brace is left open, and how to write one as text, in both languages', () => {
    renderIn('en', <TemplatesSection {...props()} />);
    fireEvent.click(within(screen.getAllByTestId('nz-template')[0]!).getByRole('button', { name: 'Edit' }));
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Hello {name, how are you' } });
    expect(screen.getByTestId('nz-template-missing').textContent).toBe(
      'Will not be inserted: {name, opens a brace that is never closed. Close it, as in {name}, or write \\{ for a brace itself',
    );
  });

  it('says it in Russian too', () => {
    renderIn('ru', <TemplatesSection {...props()} />);
    fireEvent.click(
      within(screen.getAllByTestId('nz-template')[0]!).getByRole('button', { name: 'Изменить' }),
    );
    fireEvent.change(screen.getByLabelText('Текст'), { target: { value: 'Здравствуйте, {{name}}' } });
    expect(screen.getByTestId('nz-template-missing').textContent).toBe(
      'Не будет вставлен: в {{name}} двойные скобки. Здесь у переменной одна пара, как в {name}',
    );
  });

  it('saves a new template with its wordings and tags typed as the operator types them', async () => {
    const onSave = vi.fn(async () => undefined);
    renderIn('en', <TemplatesSection {...props({ onSave })} />);
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Hi' } });
    fireEvent.change(screen.getByLabelText('Shortcut (typed as ;shortcut)'), { target: { value: ';hi' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Hi {firstName|there}!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a wording' }));
    fireEvent.change(screen.getByLabelText('Wording 2'), { target: { value: 'Hello!' } });
    // Typed a key at a time: the comma stays while the next tag is typed.
    const tags = screen.getByLabelText('Tags, comma-separated') as HTMLInputElement;
    fireEvent.change(tags, { target: { value: 'greeting,' } });
    expect(tags.value).toBe('greeting,');
    fireEvent.change(tags, { target: { value: 'greeting, vip ,' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('nz-template-editor')).toBeNull());
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Hi',
        shortcut: 'hi',
        body: 'Hi {firstName|there}!',
        variants: ['Hello!'],
        tags: ['greeting', 'vip'],
        language: 'en',
      }),
    );
  });

  it('says in the operator’s language what stops a save, marks that field and moves to it', async () => {
    const onSave = vi
      .fn<TemplatesSectionProps['onSave']>()
      .mockRejectedValueOnce(
        new UserError('templatesShortcutTaken', { shortcut: 'привет', title: 'Приветствие' }, 'shortcut'),
      )
      .mockRejectedValueOnce(new UserError('templatesProblemTooLong', { max: 5000 }, 'variants.0'));
    renderIn('ru', <TemplatesSection {...props({ onSave })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Новый шаблон' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Сокращение (набирается как ;сокращение): «;привет» — уже сокращение шаблона «Приветствие»',
    );
    const shortcut = screen.getByLabelText('Сокращение (набирается как ;сокращение)');
    expect(shortcut.getAttribute('aria-invalid')).toBe('true');
    expect(shortcut.getAttribute('aria-describedby')).toBe(alert.id);
    expect(document.activeElement).toBe(shortcut);

    fireEvent.click(screen.getByRole('button', { name: 'Добавить вариант' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Вариант 2: /));
    expect(document.activeElement).toBe(screen.getByLabelText('Вариант 2'));
    expect(shortcut.getAttribute('aria-invalid')).toBeNull();

    // Cancel and a fresh draft start without the old problem.
    fireEvent.click(screen.getByRole('button', { name: 'Отмена' }));
    fireEvent.click(screen.getByRole('button', { name: 'Новый шаблон' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error that is not a UserError as it is', async () => {
    const onSave = vi
      .fn<TemplatesSectionProps['onSave']>()
      .mockRejectedValue(new Error('No reply to saveTemplate'));
    renderIn('en', <TemplatesSection {...props({ onSave })} />);
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No reply to saveTemplate');
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
