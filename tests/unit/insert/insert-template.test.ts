// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RenderContext } from '../../../lib/domain/template/render';
import type { TypingHold } from '../../../lib/insert/hold-typing';
import { insertTemplate, type TemplateInsertion } from '../../../lib/insert/insert-template';
import { insertText } from '../../../lib/insert/insert-text';

afterEach(() => {
  document.body.innerHTML = '';
});

const NOW = Date.UTC(2026, 10, 25, 9, 30);

function replyBox(value = ''): HTMLTextAreaElement {
  document.body.innerHTML = `<textarea>${value}</textarea>`;
  const area = document.querySelector('textarea')!;
  area.focus();
  area.setSelectionRange(value.length, value.length);
  return area;
}

function insertion(editor: HTMLElement, patch: Partial<TemplateInsertion> = {}) {
  const hold: TypingHold = { cancel: vi.fn(), release: vi.fn(async () => undefined) };
  const recordUse = vi.fn(async () => undefined);
  const context: RenderContext = {
    name: 'Мария Иванова',
    operator: 'Anna',
    fills: {},
    now: NOW,
    locale: 'ru',
  };
  const params: TemplateInsertion = {
    editor,
    wording: 'Здравствуйте, {firstName|коллега}!',
    variant: 1,
    context,
    replacing: null,
    hold,
    recordUse,
    ...patch,
  };
  return { params, hold, recordUse };
}

describe('one insertion flow for the palette and shortcuts', () => {
  it('puts the rendered text in, then records the use once, with the wording picked', async () => {
    const area = replyBox();
    const { params, hold, recordUse } = insertion(area);
    expect(await insertTemplate(params)).toEqual({ status: 'inserted' });
    expect(area.value).toBe('Здравствуйте, Мария!');
    expect(recordUse).toHaveBeenCalledOnce();
    expect(recordUse).toHaveBeenCalledWith(1);
    expect(hold.release).toHaveBeenCalledWith(area, insertText);
  });

  it('replaces the typed ;shortcut and leaves the caret at the template’s {cursor}', async () => {
    const area = replyBox('Добрый день. ;trk');
    const { params } = insertion(area, { wording: 'Номер: {cursor}, спасибо.', replacing: ';trk' });
    expect(await insertTemplate(params)).toEqual({ status: 'inserted' });
    expect(area.value).toBe('Добрый день. Номер: , спасибо.');
    expect(area.selectionStart).toBe('Добрый день. Номер: '.length);
  });

  it('inserts nothing and records nothing while a placeholder is unresolved', async () => {
    const area = replyBox('Hi ');
    const beforeInsert = vi.fn();
    const { params, hold, recordUse } = insertion(area, {
      wording: 'Your order [[no: Order number]] is on its way.',
      beforeInsert,
    });
    const outcome = await insertTemplate(params);
    expect(outcome).toMatchObject({ status: 'unresolved', missing: { kind: 'fill', label: 'Order number' } });
    expect(area.value).toBe('Hi ');
    expect(beforeInsert).not.toHaveBeenCalled();
    expect(recordUse).not.toHaveBeenCalled();
    expect(hold.release).not.toHaveBeenCalled();
  });

  it('records nothing when the editor refuses the text', async () => {
    const area = replyBox('as it was');
    // A controlled box that keeps its own value whatever is typed (read-only by script).
    area.addEventListener('input', () => (area.value = 'as it was'));
    const { params, recordUse } = insertion(area);
    expect(await insertTemplate(params)).toEqual({ status: 'refused' });
    expect(area.value).toBe('as it was');
    expect(recordUse).not.toHaveBeenCalled();
  });

  it('records nothing when the typed ;shortcut is no longer before the caret', async () => {
    const area = replyBox(';hi and more');
    area.setSelectionRange(area.value.length, area.value.length);
    const { params, recordUse } = insertion(area, { replacing: ';hi' });
    expect(await insertTemplate(params)).toEqual({ status: 'refused' });
    expect(area.value).toBe(';hi and more');
    expect(recordUse).not.toHaveBeenCalled();
  });
});

describe('the layout of a template in the box it goes into', () => {
  it('joins the lines by a space in a single-line field, and keeps them in a textarea', async () => {
    document.body.innerHTML = `<input type="text" />`;
    const input = document.querySelector('input')!;
    input.focus();
    const { params, recordUse } = insertion(input, { wording: 'Здравствуйте, {firstName}!\nПроверю заказ.' });
    expect(await insertTemplate(params)).toEqual({ status: 'inserted' });
    expect(input.value).toBe('Здравствуйте, Мария! Проверю заказ.');
    expect(recordUse).toHaveBeenCalledOnce();

    const area = replyBox();
    const lines = insertion(area, { wording: 'Здравствуйте, {firstName}!\nПроверю заказ.' });
    expect(await insertTemplate(lines.params)).toEqual({ status: 'inserted' });
    expect(area.value).toBe('Здравствуйте, Мария!\nПроверю заказ.');
  });
});
