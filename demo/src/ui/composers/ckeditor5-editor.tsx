// CKEditor 5 (decoupled: the element we render is the editable itself; no
// toolbar). The model is CKEditor's document: Send walks its paragraphs and
// soft breaks. CKEditor turns a pasted blank line into a new paragraph, so
// paragraphs join with a blank line, as its own plain-text conversion does.
import { DecoupledEditor, Essentials, Paragraph, type ModelElement, type ModelRootElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { useEffect, useImperativeHandle, useRef } from 'react';
import { RICH_INPUT_CLASS, type ComposerEditorProps } from './composer-editor.ts';
import { useEditorSlot } from './editor-slot.ts';
import { useLatest } from './use-latest.ts';

function plainText(root: ModelRootElement): string {
  const paragraphs: string[] = [];
  for (const block of root.getChildren()) {
    let line = '';
    for (const child of (block as ModelElement).getChildren()) {
      if (child.is('$text')) line += child.data;
      else if (child.is('element', 'softBreak')) line += '\n';
    }
    paragraphs.push(line);
  }
  return paragraphs.join('\n\n');
}

export function CKEditor5Editor({ ref, placeholder, label, onSubmit, className }: ComposerEditorProps) {
  const element = useRef<HTMLDivElement>(null);
  const slot = useEditorSlot<DecoupledEditor>();
  const latest = useLatest({ onSubmit });

  useEffect(() => {
    let cancelled = false;
    let created: DecoupledEditor | null = null;
    void DecoupledEditor.create(element.current!, {
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph],
      placeholder,
      label,
    }).then((editor) => {
      created = editor;
      if (cancelled) return void editor.destroy();
      const view = editor.editing.view.document;
      // Enter sends; Shift+Enter stays CKEditor's soft break.
      editor.listenTo(
        view,
        'enter',
        (event, data) => {
          if (data.isSoft || view.isComposing) return;
          data.preventDefault();
          event.stop();
          latest.current.onSubmit();
        },
        { priority: 'high' },
      );
      slot.set(editor);
    }, console.error);
    return () => {
      cancelled = true;
      slot.set(null);
      void created?.destroy();
    };
    // The placeholder follows the mode below, without recreating the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slot, latest, label]);

  useEffect(() => {
    // CKEditor's editing root shows its `placeholder` property, and redraws when it changes.
    const editable = slot.current?.editing.view.document.getRoot();
    if (editable) editable.placeholder = placeholder;
  }, [slot, placeholder]);

  useImperativeHandle(
    ref,
    () => ({
      read: () => {
        const root = slot.current?.model.document.getRoot();
        return root ? plainText(root) : '';
      },
      clear: () => slot.current?.setData(''),
      focus: () => slot.whenReady((editor) => editor.editing.view.focus()),
    }),
    [slot],
  );

  return <div ref={element} className={className ?? RICH_INPUT_CLASS} />;
}
