// Quill 2. The model is Quill's Delta: Send reads quill.getText() (which always
// ends with the document's closing line break).
import Quill from 'quill';
import 'quill/dist/quill.core.css';
import { useEffect, useImperativeHandle, useRef } from 'react';
import { RICH_INPUT_CLASS, type ComposerEditorProps } from './composer-editor.ts';
import { useEditorSlot } from './editor-slot.ts';
import { useLatest } from './use-latest.ts';

export function QuillEditor({ ref, placeholder, label, onSubmit, className }: ComposerEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const slot = useEditorSlot<Quill>();
  const latest = useLatest({ onSubmit });

  useEffect(() => {
    // Quill owns the element it is given; a fresh one per mount keeps React's tree its own.
    const mount = document.createElement('div');
    host.current?.append(mount);
    const quill = new Quill(mount, {
      formats: [],
      modules: {
        toolbar: false,
        keyboard: {
          bindings: {
            // Added before Quill's own Enter (which still handles Shift+Enter).
            send: {
              key: 'Enter',
              shiftKey: false,
              handler: () => {
                latest.current.onSubmit();
                return false;
              },
            },
          },
        },
      },
    });
    // Quill's editable is quill.root: it carries the desk's hook.
    quill.root.classList.add(...(className ?? RICH_INPUT_CLASS).split(' '));
    quill.root.setAttribute('role', 'textbox');
    quill.root.setAttribute('aria-multiline', 'true');
    quill.root.setAttribute('aria-label', label);
    slot.set(quill);
    return () => {
      slot.set(null);
      mount.remove();
    };
  }, [slot, latest, className, label]);

  useEffect(() => {
    slot.current?.root.setAttribute('data-placeholder', placeholder);
  }, [slot, placeholder]);

  useImperativeHandle(
    ref,
    () => ({
      read: () => slot.current?.getText().replace(/\n$/, '') ?? '',
      clear: () => slot.current?.setText(''),
      focus: () => slot.whenReady((quill) => quill.focus()),
    }),
    [slot],
  );

  return <div ref={host} />;
}
