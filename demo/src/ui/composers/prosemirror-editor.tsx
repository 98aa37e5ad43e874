// ProseMirror through tiptap (StarterKit: paragraphs, hard breaks, undo
// history…). The model is tiptap's document: Send reads editor.getText().
import { Editor, Extension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useImperativeHandle, useRef } from 'react';
import { RICH_INPUT_CLASS, type ComposerEditorProps } from './composer-editor.ts';
import { useEditorSlot } from './editor-slot.ts';
import { useLatest } from './use-latest.ts';

export function ProseMirrorEditor({ ref, placeholder, label, onSubmit, className }: ComposerEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const slot = useEditorSlot<Editor>();
  const latest = useLatest({ placeholder, onSubmit });

  useEffect(() => {
    // Enter sends; StarterKit's own Shift+Enter still inserts a line break.
    const sendOnEnter = Extension.create({
      name: 'sendOnEnter',
      priority: 1000,
      addKeyboardShortcuts: () => ({
        Enter: () => {
          latest.current.onSubmit();
          return true;
        },
      }),
    });
    const editor = new Editor({
      element: host.current,
      extensions: [
        StarterKit,
        Placeholder.configure({ placeholder: () => latest.current.placeholder }),
        sendOnEnter,
      ],
      editorProps: {
        attributes: {
          class: className ?? RICH_INPUT_CLASS,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
        },
      },
    });
    slot.set(editor);
    return () => {
      slot.set(null);
      editor.destroy();
    };
  }, [slot, latest, className, label]);

  // The placeholder is a decoration: a no-op transaction redraws it in the new mode.
  useEffect(() => {
    const editor = slot.current;
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr);
  }, [slot, placeholder]);

  useImperativeHandle(
    ref,
    () => ({
      read: () => slot.current?.getText({ blockSeparator: '\n' }) ?? '',
      clear: () => void slot.current?.commands.clearContent(true),
      focus: () => slot.whenReady((editor) => editor.commands.focus('end')),
    }),
    [slot],
  );

  return <div ref={host} />;
}
