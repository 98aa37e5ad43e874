// A React-controlled <textarea>: the text lives in React state. Writing
// `.value` from outside changes the screen but not the state, so Send ignores
// it, exactly like real desks built on React. Only an `input` event after the
// native value setter reaches the state.
import { useImperativeHandle, useRef, useState } from 'react';
import { isSendKey, type ComposerEditorProps } from './composer-editor.ts';

export function TextareaEditor({ ref, placeholder, label, onSubmit, className }: ComposerEditorProps) {
  const [value, setValue] = useState('');
  // Mirrors the state for read(): the handle must see the latest text without re-creating itself.
  const model = useRef('');
  const element = useRef<HTMLTextAreaElement>(null);

  useImperativeHandle(
    ref,
    () => ({
      read: () => model.current,
      clear: () => {
        model.current = '';
        setValue('');
      },
      focus: () => element.current?.focus(),
    }),
    [],
  );

  return (
    <textarea
      ref={element}
      className={className ?? 'composer__input composer__input--textarea'}
      rows={3}
      value={value}
      placeholder={placeholder}
      aria-label={label}
      onChange={(event) => {
        model.current = event.target.value;
        setValue(event.target.value);
      }}
      onKeyDown={(event) => {
        if (!isSendKey(event)) return;
        event.preventDefault();
        onSubmit();
      }}
    />
  );
}
