// <reply-composer>: a textarea and a Send button in its own shadow root, with
// Reply / Internal note tabs. Enter or Send dispatches a composed `send` event
// ({ text, mode }); the app posts it and clears the composer.
import { escapeHtml } from '../shared/escape-html.ts';
import { t } from './i18n.ts';
import { LiteElement } from './lite-element.ts';

export type ComposerMode = 'reply' | 'note';

export interface SendDetail {
  text: string;
  mode: ComposerMode;
}

const STYLE = `
:host { display: block; background: #fff; border-top: 1px solid #dddbda; padding: 0 18px 14px; }
:host([hidden]) { display: none; }
.tabs { display: flex; gap: 18px; }
.tab { font: 13px system-ui, sans-serif; background: none; border: 0; border-bottom: 3px solid transparent;
  padding: 10px 2px 7px; color: #3e3e3c; cursor: pointer; }
.tab[aria-selected="true"] { border-bottom-color: #0176d3; color: #0176d3; font-weight: 600; }
.box { border: 1px solid #c9c9c9; border-radius: 4px; margin-top: 8px; }
.box:focus-within { border-color: #1b96ff; box-shadow: 0 0 3px #0176d3; }
:host([mode="note"]) .box { background: #fffbe9; border-color: #e4a201; }
textarea { display: block; box-sizing: border-box; width: 100%; min-height: 64px; max-height: 180px; resize: vertical;
  border: 0; outline: none; background: transparent; padding: 9px 12px; font: 14px/1.4 system-ui, sans-serif;
  color: #181818; }
.bar { display: flex; align-items: center; gap: 10px; padding: 6px 8px 6px 12px; border-top: 1px solid #ecebea; }
.hint { font-size: 12px; color: #706e6b; }
.send { margin-left: auto; font: 600 13px system-ui, sans-serif; padding: 6px 16px; border: 1px solid #0176d3;
  border-radius: 4px; background: #0176d3; color: #fff; cursor: pointer; }
.send:hover { background: #014486; }
`;

export class ReplyComposer extends LiteElement {
  private parts: {
    textarea: HTMLTextAreaElement;
    send: HTMLButtonElement;
    tabs: HTMLButtonElement[];
  } | null = null;
  private currentMode: ComposerMode = 'reply';

  constructor() {
    super();
    // Stamped at once: the app reads and writes `value` before the first microtask.
    this.stamp();
  }

  get value(): string {
    return this.parts!.textarea.value;
  }

  set value(text: string) {
    this.parts!.textarea.value = text;
  }

  get mode(): ComposerMode {
    return this.currentMode;
  }

  set mode(value: ComposerMode) {
    this.currentMode = value;
    this.setAttribute('mode', value);
    this.requestUpdate();
  }

  get textarea(): HTMLTextAreaElement {
    return this.parts!.textarea;
  }

  get sendButton(): HTMLButtonElement {
    return this.parts!.send;
  }

  override focus(): void {
    this.parts!.textarea.focus();
  }

  protected update(): void {
    const parts = this.parts!;
    const strings = t();
    for (const tab of parts.tabs)
      tab.setAttribute('aria-selected', String(tab.dataset.mode === this.currentMode));
    parts.textarea.placeholder =
      this.currentMode === 'note' ? strings.placeholderNote : strings.placeholderReply;
  }

  private submit(): void {
    const text = this.parts!.textarea.value;
    if (!text.trim()) return;
    this.dispatchEvent(
      new CustomEvent<SendDetail>('send', {
        detail: { text, mode: this.currentMode },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private stamp(): void {
    const strings = t();
    this.root.innerHTML = `<style>${STYLE}</style>
      <div class="tabs" role="tablist">
        <button type="button" class="tab" role="tab" data-mode="reply">${escapeHtml(strings.reply)}</button>
        <button type="button" class="tab" role="tab" data-mode="note">${escapeHtml(strings.note)}</button>
      </div>
      <div class="box">
        <textarea rows="3"></textarea>
        <div class="bar"><span class="hint">${escapeHtml(strings.hint)}</span><button type="button" class="send">${escapeHtml(strings.send)}</button></div>
      </div>`;
    const textarea = this.root.querySelector('textarea')!;
    const send = this.root.querySelector<HTMLButtonElement>('.send')!;
    const tabs = [...this.root.querySelectorAll<HTMLButtonElement>('.tab')];
    textarea.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      this.submit();
    });
    send.addEventListener('click', () => this.submit());
    for (const tab of tabs)
      tab.addEventListener('click', () => {
        this.mode = tab.dataset.mode === 'note' ? 'note' : 'reply';
        textarea.focus();
      });
    this.parts = { textarea, send, tabs };
  }
}
