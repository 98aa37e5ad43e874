// The contract between the composer frame (tabs, Send button) and an editor
// kind. An editor owns its own text model, exactly as real desks' editors do:
// the frame only asks it for the text when the operator sends.
import type { ReactElement, Ref } from 'react';

export interface ComposerEditorHandle {
  /** The text as the editor's own model holds it (not necessarily what the DOM shows). */
  read(): string;
  clear(): void;
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

/** Default-skin editor elements carry class `composer__input`: the site profile's hook. */
export type ComposerEditor = (props: ComposerEditorProps) => ReactElement;

/** Enter sends; Shift+Enter (and Enter while an IME is composing) does not. */
export function isSendKey(event: {
  key: string;
  shiftKey: boolean;
  nativeEvent: { isComposing?: boolean };
}): boolean {
  return event.key === 'Enter' && !event.shiftKey && event.nativeEvent.isComposing !== true;
}
