// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sendBesideComposer } from '../../../lib/adapters/teach/send-beside-composer';
import { createTeachController, type TeachState } from '../../../lib/adapters/teach/controller';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo-desk');
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

const beside = (html: string) => {
  document.body.innerHTML = html;
  return sendBesideComposer(document.querySelector('textarea, [contenteditable]')!);
};

describe('the button beside the reply box', () => {
  it('is the one that says Send, not the reply/note tabs above the box', () => {
    const send = beside(`
      <div class="composer">
        <div class="tabs"><button>Ответить</button><button>Приватная заметка</button></div>
        <textarea></textarea>
        <div class="footer"><button class="attach" aria-label="Прикрепить файл"></button><button>Отправить</button></div>
      </div>`);
    expect(send?.textContent).toBe('Отправить');
  });

  it('is an icon button named Send by its label, among the toolbar’s other icons', () => {
    const send = beside(`
      <form><div contenteditable="true"></div>
        <div class="toolbar">
          <button type="button" aria-label="Emoji"><svg></svg></button>
          <button type="button" aria-label="Send message"><svg></svg></button>
          <button type="button" aria-label="Attach"><svg></svg></button>
        </div></form>`);
    expect(send?.getAttribute('aria-label')).toBe('Send message');
  });

  it('is the form’s submit button when no button says anything', () => {
    const send = beside(`
      <form><textarea></textarea><button type="button"><svg></svg></button><button type="submit"><svg></svg></button><button type="button"><svg></svg></button></form>`);
    expect(send?.getAttribute('type')).toBe('submit');
  });

  it('is the nearest: the reply box’s own toolbar before the page’s other buttons', () => {
    const send = beside(`
      <header><button>Send feedback</button></header>
      <main><section><div class="box"><textarea></textarea><span class="bar"><button class="go"><svg></svg></button></span></div></section></main>`);
    expect(send?.className).toBe('go');
  });

  it('is never a switch or a tab beside the box', () => {
    expect(
      beside(
        `<div><button aria-pressed="true">Reply</button><button role="tab">Note</button><textarea></textarea></div>`,
      ),
    ).toBeNull();
  });

  it('is none when no button is near the box', () => {
    expect(
      beside(
        `<nav><button>Send</button></nav><div><div><div><div><div><div><textarea></textarea></div></div></div></div></div></div>`,
      ),
    ).toBeNull();
  });
});

describe('teaching Send as the button beside the reply box', () => {
  it('teaches the demo desk’s Send from the taught reply box, and says so where there is none', () => {
    document.body.innerHTML = readFileSync(path.join(fixtures, 'chat-open.html'), 'utf8');
    const states: TeachState[] = [];
    const teach = createTeachController({
      doc: document,
      ours: () => false,
      onChange: (state) => states.push(state),
      onCancel: () => undefined,
    });
    stop = teach.stop;
    teach.teach(document.querySelector('.conv-row .conv-row__name')!);
    for (let step = 0; step < 6; step += 1) teach.skip(); // to the reply box
    expect(states.at(-1)!.step).toBe('composer');
    teach.teach(document.querySelector('.composer__input')!);
    expect(states.at(-1)!.step).toBe('sendButton');
    teach.sendBeside();
    const taught = states.at(-1)!;
    expect(taught.step).toBe('noteMode');
    expect(document.querySelectorAll(taught.found.sendButton!.css)).toHaveLength(1);
    expect(document.querySelector(taught.found.sendButton!.css)?.textContent).toBe('Отправить');

    // A console whose Send is not beside the box: its reply/note tabs are never taken for it.
    teach.back();
    document.querySelector('.composer__footer')!.remove();
    teach.sendBeside();
    expect(states.at(-1)!.problem).toBe('noSendBeside');
    expect(states.at(-1)!.step).toBe('sendButton');
  });
});
