// What every composer frame does, whatever its markup: the reply/note mode, a
// handle on the editor, and Send (trim, ignore empty, post, clear, refocus).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ComposerEditorHandle } from './composer-editor.ts';

export interface ComposerFrame {
  readonly asNote: boolean;
  readonly setAsNote: (asNote: boolean) => void;
  readonly editor: RefObject<ComposerEditorHandle | null>;
  readonly submit: () => void;
}

export function useComposerFrame(onSend: (text: string, asNote: boolean) => void): ComposerFrame {
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

  // Opening a chat puts the caret in its composer, as real desks do.
  useEffect(() => editor.current?.focus(), []);

  return { asNote, setAsNote, editor, submit };
}
