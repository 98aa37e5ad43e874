// Plain data of the gallery's simulation, shared by every console. Objects are
// replaced, never mutated, so a console built on React can skip unchanged rows.
import type { Lang } from '../../src/sim/types.ts';

export type { Lang };

/** Who wrote a message. Notes are internal; bot messages are automatic. */
export type GalleryAuthor = 'customer' | 'operator' | 'note' | 'bot';

export interface GalleryMessage {
  /** Global, in order of appearance: `m-0001`. */
  readonly id: string;
  readonly author: GalleryAuthor;
  readonly text: string;
  /** Wall-clock ms when it was written (history at load lies in the past). */
  readonly at: number;
}

export interface GalleryConversation {
  /** A numeric id as a back end would give it: `4101`, `4102`, … */
  readonly id: string;
  readonly name: string;
  readonly lang: Lang;
  readonly vip: boolean;
  readonly messages: readonly GalleryMessage[];
  /** Customer messages the operator has not opened yet. */
  readonly unread: number;
}

/** A part of a console a person clicks while teaching Nezabudka, or while working (`replySwitch`, `noteSend`). */
export type TeachPart =
  | 'row'
  | 'name'
  | 'unread'
  | 'preview'
  /** The time a row shows (its last message's). */
  | 'time'
  | 'customerBubble'
  | 'operatorBubble'
  | 'composer'
  | 'send'
  /** The control that turns the reply box into an internal note (tab, checkbox, switch). */
  | 'noteSwitch'
  /** While the reply box writes notes: the control that turns it back to replies (the Reply tab, the same checkbox). */
  | 'replySwitch'
  /** A console without a note mode that sends notes with a button of their own ("Add note"). */
  | 'noteSend';
