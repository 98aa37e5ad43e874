// The open chat's editor, for the e2e remote control (window.nzDemo): tests
// read what the editor's own model holds, not only what the screen shows.
import type { ComposerEditorHandle } from './composer-editor.ts';
import type { ComposerKind } from './composer-kind.ts';

export interface ActiveComposer {
  readonly kind: ComposerKind;
  readonly handle: ComposerEditorHandle;
}

let active: ActiveComposer | null = null;

export function activeComposer(): ActiveComposer | null {
  return active;
}

/** Marks this editor as the open one; the returned function unmarks it (if it still is). */
export function registerActiveComposer(kind: ComposerKind, handle: ComposerEditorHandle): () => void {
  const entry = { kind, handle };
  active = entry;
  return () => {
    if (active === entry) active = null;
  };
}
