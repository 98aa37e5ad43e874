// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { execCommandStrategy } from '../../../lib/insert/strategies/exec-command';

// happy-dom has no editing commands: what the strategy asks the browser is recorded.
const asked: [string, string][] = [];
afterEach(() => {
  asked.length = 0;
  document.body.innerHTML = '';
});
function box(html: string): HTMLElement {
  document.body.innerHTML = html;
  document.execCommand = (command: string, _ui?: boolean, value?: string) => {
    asked.push([command, value ?? '']);
    return true;
  };
  return document.body.firstElementChild as HTMLElement;
}

describe('inserting as if typed', () => {
  it('types the text in one go, tabs and all, into a text box', () => {
    execCommandStrategy.attempt(box('<textarea></textarea>'), 'Order:\tA-1\nThanks');
    expect(asked).toEqual([['insertText', 'Order:\tA-1\nThanks']]);
  });

  it('keeps each tab in an editable div inside a span that keeps white space (Firefox writes spaces)', () => {
    const editable = box('<div contenteditable="true"></div>');
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    execCommandStrategy.attempt(editable, 'Order:\tA-1\t\tdone');
    const tab = '<span style="white-space: pre">\t</span>';
    expect(asked).toEqual([
      ['insertText', 'Order:'],
      ['insertHTML', tab],
      ['insertText', 'A-1'],
      ['insertHTML', tab],
      ['insertHTML', tab],
      ['insertText', 'done'],
    ]);
  });

  it('types a text without tabs in one go into an editable div too', () => {
    const editable = box('<div contenteditable="true"></div>');
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    execCommandStrategy.attempt(editable, 'Hello\nthere');
    expect(asked).toEqual([['insertText', 'Hello\nthere']]);
  });
});
