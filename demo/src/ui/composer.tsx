// The composer frame: reply/note tabs, the editor of the chosen kind, and Send.
import { Suspense } from 'react';
import type { ComposerKind } from './composers/composer-kind.ts';
import { COMPOSER_EDITORS } from './composers/composer-registry.ts';
import { useComposerFrame } from './composers/use-composer-frame.ts';
import type { DeskStrings } from './strings.ts';

export interface ComposerProps {
  readonly kind: ComposerKind;
  readonly strings: DeskStrings;
  readonly onSend: (text: string, asNote: boolean) => void;
}

export function Composer({ kind, strings, onSend }: ComposerProps) {
  const { asNote, setAsNote, attachEditor, submit } = useComposerFrame(kind, onSend);
  const Editor = COMPOSER_EDITORS[kind];

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
      {/* Rich editors arrive on demand; the box keeps its place meanwhile. */}
      <Suspense fallback={<div className="composer__loading" aria-busy="true" />}>
        <Editor
          ref={attachEditor}
          placeholder={asNote ? strings.notePlaceholder : strings.replyPlaceholder}
          label={strings.composerLabel}
          onSubmit={submit}
        />
      </Suspense>
      <div className="composer__footer">
        <button className="composer__send" type="button" onClick={submit}>
          {strings.send}
        </button>
      </div>
    </div>
  );
}
