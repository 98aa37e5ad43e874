// One entry per editor kind, each in its own file beside this one (and one line
// in composer-kind.ts). Rich editors are loaded only when the desk shows them:
// the default desk never downloads ProseMirror, Lexical, CKEditor…
import { lazy } from 'react';
import type { ComposerEditor } from './composer-editor.ts';
import type { ComposerKind } from './composer-kind.ts';
import { ContentEditableEditor } from './contenteditable-editor.tsx';
import { TextareaEditor } from './textarea-editor.tsx';

const onDemand = (load: () => Promise<ComposerEditor>): ComposerEditor =>
  lazy(async () => ({ default: await load() }));

export const COMPOSER_EDITORS: Readonly<Record<ComposerKind, ComposerEditor>> = {
  textarea: TextareaEditor,
  contenteditable: ContentEditableEditor,
  prosemirror: onDemand(() => import('./prosemirror-editor.tsx').then((m) => m.ProseMirrorEditor)),
  lexical: onDemand(() => import('./lexical-editor.tsx').then((m) => m.LexicalEditor)),
  slate: onDemand(() => import('./slate-editor.tsx').then((m) => m.SlateEditor)),
  draftjs: onDemand(() => import('./draftjs-editor.tsx').then((m) => m.DraftJsEditor)),
  quill: onDemand(() => import('./quill-editor.tsx').then((m) => m.QuillEditor)),
  ckeditor5: onDemand(() => import('./ckeditor5-editor.tsx').then((m) => m.CKEditor5Editor)),
};
