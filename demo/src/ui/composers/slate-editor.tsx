// Slate (slate-react with slate-history). The model is the editor's node tree:
// Send reads each block through Node.string, one line per block.
import { useImperativeHandle, useState } from 'react';
import { createEditor, Editor, Node, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { isSendKey, RICH_INPUT_CLASS, type ComposerEditorProps } from './composer-editor.ts';

const INITIAL: Descendant[] = [{ children: [{ text: '' }] }];

export function SlateEditor({ ref, placeholder, label, onSubmit, className }: ComposerEditorProps) {
  const [editor] = useState(() => withHistory(withReact(createEditor())));

  useImperativeHandle(
    ref,
    () => ({
      read: () => editor.children.map((block) => Node.string(block)).join('\n'),
      // Deleting everything leaves one empty block, as Slate's normaliser wants.
      clear: () =>
        Transforms.delete(editor, {
          at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) },
        }),
      focus: () => {
        if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
        ReactEditor.focus(editor);
      },
    }),
    [editor],
  );

  return (
    <Slate editor={editor} initialValue={INITIAL}>
      <Editable
        className={className ?? RICH_INPUT_CLASS}
        placeholder={placeholder}
        // Slate sizes the box to its placeholder unless told otherwise; the desk's box has its own height.
        disableDefaultStyles
        aria-label={label}
        onKeyDown={(event) => {
          if (!isSendKey(event)) return;
          event.preventDefault();
          onSubmit();
        }}
      />
    </Slate>
  );
}
