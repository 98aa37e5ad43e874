// The alt reply box: the editor of the chosen kind, a "private note" switch and
// an icon-only Send button. Same behaviour as the default composer.
import { Suspense } from 'react';
import type { ComposerKind } from '../composers/composer-kind.ts';
import { COMPOSER_EDITORS } from '../composers/composer-registry.ts';
import { useComposerFrame } from '../composers/use-composer-frame.ts';
import { ALT } from './alt-classes.ts';
import { ALT_HOOKS, type AltStrings } from './alt-strings.ts';

export interface AltComposerProps {
  readonly kind: ComposerKind;
  readonly strings: AltStrings;
  readonly onSend: (text: string, asNote: boolean) => void;
}

export function AltComposer({ kind, strings, onSend }: AltComposerProps) {
  const { asNote, setAsNote, attachEditor, submit } = useComposerFrame(kind, onSend);
  const Editor = COMPOSER_EDITORS[kind];
  return (
    <div className={asNote ? `${ALT.replyBox} ${ALT.replyBoxNote}` : ALT.replyBox}>
      <Suspense fallback={<div className={ALT.replyInput} aria-busy="true" />}>
        <Editor
          ref={attachEditor}
          className={ALT.replyInput}
          placeholder={asNote ? strings.notePlaceholder : strings.replyPlaceholder}
          label={strings.composerLabel}
          onSubmit={submit}
        />
      </Suspense>
      <div className={ALT.replyBar}>
        <button
          type="button"
          role="switch"
          className={ALT.noteSwitch}
          aria-checked={asNote}
          onClick={() => setAsNote(!asNote)}
        >
          {strings.privateNote}
        </button>
        <button
          type="button"
          className={ALT.sendButton}
          aria-label={ALT_HOOKS.sendLabel}
          title={strings.sendTitle}
          onClick={submit}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              d="M4 12h14M12 5l7 7-7 7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </div>
    </div>
  );
}
