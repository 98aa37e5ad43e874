// One entry per editor kind. A new kind (ProseMirror, Lexical, Slate, Quill…)
// gets its own file beside these and one line here and in composer-kind.ts.
import type { ComposerEditor } from './composer-editor.ts';
import type { ComposerKind } from './composer-kind.ts';
import { ContentEditableEditor } from './contenteditable-editor.tsx';
import { TextareaEditor } from './textarea-editor.tsx';

export const COMPOSER_EDITORS: Readonly<Record<ComposerKind, ComposerEditor>> = {
  textarea: TextareaEditor,
  contenteditable: ContentEditableEditor,
};
