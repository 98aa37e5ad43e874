// The composer frame: reply/note tabs, the editor of the chosen kind, and Send.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComposerEditorHandle } from './composers/composer-editor.ts';
import type { ComposerKind } from './composers/composer-kind.ts';
import { COMPOSER_EDITORS } from './composers/composer-registry.ts';
import type { DeskStrings } from './strings.ts';

export interface ComposerProps {
  readonly kind: ComposerKind;
  readonly strings: DeskStrings;
  readonly onSend: (text: string, asNote: boolean) => void;
}

export function Composer({ kind, strings, onSend }: ComposerProps) {
  const [asNote, setAsNote] = useState(false);
  const editor = useRef<ComposerEditorHandle>(null);
  const Editor = COMPOSER_EDITORS[kind];

  const submit = useCallback(() => {
    const handle = editor.current;
    const text = handle?.read().trim() ?? '';
    if (!handle || !text) return;
    onSend(text, asNote);
    handle.clear();
    handle.focus();
  }, [asNote, onSend]);

  // Opening a chat puts the caret in its composer, as real desks do.
  useEffect(() => editor.current?.focus(), []);

  return (
    <div className={asNote ? 'composer composer--note' : 'composer'} data-composer-kind={kind}>
      <div className="composer__tabs">
        <button
          type="button"
          className="composer__tab"
          aria-pressed={!asNote}
          onClick={() => setAsNote(false)}
        >
          {strings.replyTab}
        </button>
        <button
          type="button"
          className="composer__tab composer__tab--note"
          aria-pressed={asNote}
          onClick={() => setAsNote(true)}
        >
          {strings.noteTab}
        </button>
      </div>
      <Editor
        ref={editor}
        placeholder={asNote ? strings.notePlaceholder : strings.replyPlaceholder}
        label={strings.composerLabel}
        onSubmit={submit}
      />
      <div className="composer__footer">
        <button className="composer__send" type="button" onClick={submit}>
          {strings.send}
        </button>
      </div>
    </div>
  );
}
