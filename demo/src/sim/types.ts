// Plain data shared by the sim and the UI. Objects are replaced, never mutated,
// so React can skip a row whose conversation object is the same as before.

export type Lang = 'ru' | 'en';

/** Who wrote a message. Notes are internal (the customer never sees them). */
export type Author = 'customer' | 'operator' | 'note' | 'bot';

export type PersonaKind = 'hello-quiet' | 'complainer' | 'refund' | 'vip' | 'slow' | 'quick';

export interface Message {
  /** `m-00001`, global to the desk, in order of appearance. */
  readonly id: string;
  readonly seq: number;
  readonly author: Author;
  readonly text: string;
  /** Real wall-clock time (ms) when the message appeared: the extension measures real time. */
  readonly at: number;
}

export interface Conversation {
  /** `c-001`, `c-002`, … in creation order. */
  readonly id: string;
  readonly name: string;
  readonly lang: Lang;
  readonly vip: boolean;
  /** `manual` for conversations added through the test API: they follow no script. */
  readonly persona: PersonaKind | 'manual';
  readonly messages: readonly Message[];
  readonly unread: number;
  /** Wall-clock time of the first message (0 while there is none). */
  readonly startedAt: number;
  /** Wall-clock time and sequence number of the last message: the list's sort key. */
  readonly lastAt: number;
  readonly lastSeq: number;
}
