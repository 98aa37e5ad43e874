/** One way of putting text into an editor; lib/insert tries them in order. */
export type InsertStrategyName = 'exec-command' | 'value-setter' | 'paste-event' | 'before-input-paste';

/**
 * - `consumed`: the editor took the event over (cancelled it) and may render a
 *   little later: worth waiting for before trying anything else, or the text
 *   would go in twice;
 * - `ignored`: nobody handled it; any change is already on the screen.
 */
export type Attempt = 'consumed' | 'ignored';

export interface InsertStrategy {
  readonly name: InsertStrategyName;
  /** Whether it applies to this kind of element at all (a text field or a contenteditable). */
  fits(editor: HTMLElement): boolean;
  /** Replaces the current selection in `editor` (focused) with `text`. */
  attempt(editor: HTMLElement, text: string): Attempt;
}
