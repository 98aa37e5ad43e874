// What every composer frame does, whatever its markup: the reply/note mode, a
// handle on the editor, and Send (trim, ignore empty, post, clear, refocus).
import { useCallback, useRef, useState, type RefCallback } from 'react';
import { registerActiveComposer } from './active-composer.ts';
import type { ComposerEditorHandle } from './composer-editor.ts';
import type { ComposerKind } from './composer-kind.ts';

export interface ComposerFrame {
  readonly asNote: boolean;
  readonly setAsNote: (asNote: boolean) => void;
  /** The ref to give the editor. */
  readonly attachEditor: RefCallback<ComposerEditorHandle>;
  readonly submit: () => void;
}

export function useComposerFrame(
  kind: ComposerKind,
  onSend: (text: string, asNote: boolean) => void,
): ComposerFrame {
  const [asNote, setAsNote] = useState(false);
  const editor = useRef<ComposerEditorHandle>(null);

  const submit = useCallback(() => {
    const handle = editor.current;
    const text = handle?.read().trim() ?? '';
    if (!handle || !text) return;
    onSend(text, asNote);
    handle.clear();
    handle.focus();
  }, [asNote, onSend]);

  // Opening a chat puts the caret in its composer, as real desks do; an editor
  // loaded on demand gets it when it arrives.
  const attachEditor = useCallback(
    (handle: ComposerEditorHandle | null) => {
      if (!handle) return;
      editor.current = handle;
      const unregister = registerActiveComposer(kind, handle);
      handle.focus();
      return () => {
        unregister();
        if (editor.current === handle) editor.current = null;
      };
    },
    [kind],
  );

  return { asNote, setAsNote, attachEditor, submit };
}
