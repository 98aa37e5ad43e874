// Draft.js. The model is the immutable EditorState: Send reads
// getCurrentContent().getPlainText(). Draft.js does not let the editable
// element carry a class, so the default skin's hook sits on a wrapper and the
// extension has to find the editable inside it — as on real desks.
import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useCallback, useImperativeHandle, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { isSendKey, type ComposerEditorProps } from './composer-editor.ts';

export function DraftJsEditor({ ref, placeholder, label, onSubmit, className }: ComposerEditorProps) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  // The newest state for read(): the handle must not wait for a re-render.
  const model = useRef(state);
  const view = useRef<Editor>(null);
  const change = useCallback((next: EditorState) => {
    model.current = next;
    setState(next);
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      read: () => model.current.getCurrentContent().getPlainText('\n'),
      // Draft.js's focus() re-sends the editorState of its props: they must already be the cleared one.
      clear: () =>
        flushSync(() =>
          change(EditorState.push(model.current, ContentState.createFromText(''), 'remove-range')),
        ),
      focus: () => view.current?.focus(),
    }),
    [change],
  );

  return (
    <div className={className ?? 'composer__input composer__input--draft'}>
      <Editor
        ref={view}
        editorState={state}
        onChange={change}
        placeholder={placeholder}
        ariaLabel={label}
        ariaMultiline
        handleReturn={(event) => {
          if (!isSendKey(event)) return 'not-handled';
          onSubmit();
          return 'handled';
        }}
      />
    </div>
  );
}
