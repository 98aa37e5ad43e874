// The contract between the composer frame (tabs, Send button) and an editor
// kind. An editor owns its own text model, exactly as real desks' editors do:
// the frame only asks it for the text when the operator sends.
import type { ComponentType, Ref } from 'react';

export interface ComposerEditorHandle {
  /** The text as the editor's own model holds it (not necessarily what the DOM shows). */
  read(): string;
  /** Empties the editor through its own API, so its model and the screen agree. */
  clear(): void;
  /** Puts the caret in the editor; an editor still loading takes it as soon as it is ready. */
  focus(): void;
}

export interface ComposerEditorProps {
  readonly ref: Ref<ComposerEditorHandle>;
  readonly placeholder: string;
  readonly label: string;
  /** Enter was pressed: the frame sends. */
  readonly onSubmit: () => void;
  /**
   * The editor element's class. Omitted: the default skin's `composer__input …`
   * (the site profile's hook); the alt skin passes its own.
   */
  readonly className?: string;
}

/**
 * Default-skin editor elements carry class `composer__input`: the site
 * profile's hook. Rich editors are loaded on demand (React.lazy), so the type
 * is any component taking these props.
 */
export type ComposerEditor = ComponentType<ComposerEditorProps>;

/** Enter sends; Shift+Enter (and Enter while an IME is composing) does not. */
export function isSendKey(event: {
  key: string;
  shiftKey: boolean;
  nativeEvent: { isComposing?: boolean };
}): boolean {
  return event.key === 'Enter' && !event.shiftKey && event.nativeEvent.isComposing !== true;
}

/** The same test on a DOM event, for editors that hand over the native keydown. */
export function isSendKeyEvent(event: KeyboardEvent | null | undefined): boolean {
  return !!event && isSendKey({ key: event.key, shiftKey: event.shiftKey, nativeEvent: event });
}

/** The default skin's class for a rich editor's editable element. */
export const RICH_INPUT_CLASS = 'composer__input composer__input--rich';
