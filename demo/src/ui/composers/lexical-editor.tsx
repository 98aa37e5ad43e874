// Lexical (vanilla, plain text with its history). The model is Lexical's
// editor state: Send reads the root's text inside editorState.read().
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
  type LexicalEditor as LexicalInstance,
} from 'lexical';
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import { isSendKeyEvent, RICH_INPUT_CLASS, type ComposerEditorProps } from './composer-editor.ts';
import { useEditorSlot } from './editor-slot.ts';
import { useLatest } from './use-latest.ts';

const HISTORY_MERGE_MS = 300;

const textOf = (editor: LexicalInstance) => editor.getEditorState().read(() => $getRoot().getTextContent());

export function LexicalEditor({ ref, placeholder, label, onSubmit, className }: ComposerEditorProps) {
  const root = useRef<HTMLDivElement>(null);
  const slot = useEditorSlot<LexicalInstance>();
  const latest = useLatest({ onSubmit });
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const editor = createEditor({ namespace: 'nz-demo-desk', onError: (error) => console.error(error) });
    editor.setRootElement(root.current);
    const unregister = mergeRegister(
      registerPlainText(editor),
      registerHistory(editor, createEmptyHistoryState(), HISTORY_MERGE_MS),
      // Enter sends; Shift+Enter is plain text's line break.
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!isSendKeyEvent(event)) return false;
          event?.preventDefault();
          latest.current.onSubmit();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerUpdateListener(() => setEmpty(textOf(editor) === '')),
    );
    slot.set(editor);
    return () => {
      slot.set(null);
      unregister();
      editor.setRootElement(null);
    };
  }, [slot, latest]);

  useImperativeHandle(
    ref,
    () => ({
      read: () => (slot.current ? textOf(slot.current) : ''),
      clear: () =>
        slot.current?.update(() => {
          const rootNode = $getRoot();
          rootNode.clear();
          rootNode.append($createParagraphNode());
        }),
      // Lexical's focus() only places its selection; an empty editor needs the DOM focus too.
      focus: () =>
        slot.whenReady((editor) => {
          editor.getRootElement()?.focus();
          editor.focus(undefined, { defaultSelection: 'rootEnd' });
        }),
    }),
    [slot],
  );

  return (
    <div
      ref={root}
      className={className ?? RICH_INPUT_CLASS}
      contentEditable
      suppressContentEditableWarning
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      data-placeholder={placeholder}
      data-empty={empty}
    />
  );
}
