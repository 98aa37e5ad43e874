// What the ground-truth hooks read from the rendered inbox: each option's
// parts and the open conversation's pieces, held by React refs (the markup
// itself carries utility classes only), and the composer draft from state.
export interface OptionParts {
  row: HTMLLIElement | null;
  name: HTMLElement | null;
  dot: HTMLElement | null;
  preview: HTMLElement | null;
}

export const optionParts = new Map<string, OptionParts>();

export const openParts: {
  customerBubble: HTMLElement | null;
  operatorBubble: HTMLElement | null;
  composer: HTMLTextAreaElement | null;
  send: HTMLButtonElement | null;
  /** The open conversation's draft, read from React state; null when none is open. */
  draft: () => string | null;
  /** Whether the reply box writes notes now, read from React state. */
  noteMode: () => boolean;
} = {
  customerBubble: null,
  operatorBubble: null,
  composer: null,
  send: null,
  draft: () => null,
  noteMode: () => false,
};
