import { describe, expect, it, vi } from 'vitest';
import { createEditorSlot } from '../../../demo/src/ui/composers/editor-slot.ts';

describe('a rich editor’s slot', () => {
  it('runs a wish at once on a ready editor', () => {
    const slot = createEditorSlot<{ focus(): void }>();
    const editor = { focus: vi.fn() };
    slot.set(editor);
    slot.whenReady((instance) => instance.focus());
    expect(editor.focus).toHaveBeenCalledTimes(1);
  });

  it('keeps the latest wish until the editor exists (the caret for an editor still loading)', () => {
    const slot = createEditorSlot<string>();
    const seen: string[] = [];
    slot.whenReady((instance) => seen.push(`first ${instance}`));
    slot.whenReady((instance) => seen.push(`latest ${instance}`));
    expect(seen).toEqual([]);
    slot.set('quill');
    expect(seen).toEqual(['latest quill']);
    slot.set(null);
    slot.set('quill again');
    expect(seen).toEqual(['latest quill']);
    expect(slot.current).toBe('quill again');
  });
});
