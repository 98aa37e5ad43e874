// The reply box: a contenteditable div whose innerText React copies into state
// on every input (the DOM is the editor, state is the model). Enter sends,
// Shift+Enter is a new line; the icon-only Send is disabled while it is empty.
import { useLayoutEffect, useRef } from 'react';
import styles from './composer.module.css';
import type { InboxStrings } from './strings.ts';

export type ComposerMode = 'reply' | 'note';

interface Props {
  draft: string;
  mode: ComposerMode;
  strings: InboxStrings;
  onDraft(text: string): void;
  onMode(mode: ComposerMode): void;
  onSend(text: string, mode: ComposerMode): void;
}

/** Chrome leaves a lone <br> (innerText "\n") in an emptied contenteditable. */
export function editorText(element: HTMLElement): string {
  const text = element.innerText;
  return text === '\n' ? '' : text;
}

export function Composer({ draft, mode, strings, onDraft, onMode, onSend }: Props) {
  const editor = useRef<HTMLDivElement>(null);

  // The box is uncontrolled: state follows the DOM, except when state changes
  // from outside (a conversation switch or a send), then the DOM follows state.
  useLayoutEffect(() => {
    const element = editor.current;
    if (element && editorText(element) !== draft) element.innerText = draft;
  }, [draft]);

  const send = () => {
    if (!draft.trim()) return;
    onSend(draft, mode);
    editor.current?.focus();
  };

  return (
    <div className={`${styles.composer} ${mode === 'note' ? styles.noteMode : ''}`}>
      <div className={styles.tabs}>
        <button
          type="button"
          className={mode === 'reply' ? styles.tabOn : styles.tab}
          onClick={() => onMode('reply')}
        >
          {strings.reply}
        </button>
        <button
          type="button"
          className={mode === 'note' ? styles.tabOn : styles.tab}
          onClick={() => onMode('note')}
        >
          {strings.note}
        </button>
      </div>
      <div className={styles.box}>
        {draft === '' && (
          <div className={styles.placeholder}>
            {mode === 'note' ? strings.notePlaceholder : strings.replyPlaceholder}
          </div>
        )}
        <div
          ref={editor}
          className={styles.editor}
          contentEditable="true"
          suppressContentEditableWarning
          onInput={(event) => onDraft(editorText(event.currentTarget))}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
        />
        <div className={styles.actions}>
          <button
            type="button"
            className={styles.send}
            aria-label={strings.send}
            title={strings.send}
            disabled={!draft.trim()}
            onClick={send}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                d="M3.4 20.4l17.45-7.48a1 1 0 000-1.84L3.4 3.6a.99.99 0 00-1.39.91L2 9.12c0 .5.37.93.87.99L17 12 2.87 13.88c-.5.07-.87.5-.87 1l.01 4.61c0 .71.73 1.2 1.39.91z"
                fill="currentColor"
              />
            </svg>
          </button>
        </div>
      </div>
    </div>
  );
}
