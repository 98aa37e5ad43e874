// Rich editors are created in an effect, after the frame may already have
// asked for the caret. The slot holds the editor instance once it exists and
// replays the last wish (focus) as soon as it does.
import { useState } from 'react';

export interface EditorSlot<T> {
  readonly current: T | null;
  set(instance: T | null): void;
  /** Runs now on a ready editor, or once it is ready (only the latest wish is kept). */
  whenReady(action: (instance: T) => void): void;
}

export function createEditorSlot<T>(): EditorSlot<T> {
  let instance: T | null = null;
  let pending: ((instance: T) => void) | null = null;
  return {
    get current() {
      return instance;
    },
    set(next) {
      instance = next;
      if (next && pending) {
        const action = pending;
        pending = null;
        action(next);
      }
    },
    whenReady(action) {
      if (instance) action(instance);
      else pending = action;
    },
  };
}

export function useEditorSlot<T>(): EditorSlot<T> {
  const [slot] = useState(() => createEditorSlot<T>());
  return slot;
}
