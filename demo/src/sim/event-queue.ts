import type { Author } from './types.ts';

/** Something that will happen in a conversation when the sim clock reaches `at`. */
export interface SimEvent {
  /** Sim time (ms). */
  readonly at: number;
  /** Tie-breaker: events due at the same instant fire in the order they were scheduled. */
  readonly seq: number;
  readonly conversationId: string;
  readonly author: Author;
  readonly text: string;
  /** Cancelled when the operator replies (a nag, a queue notice). */
  readonly nag: boolean;
  /** Part of the customer's reaction to an operator reply. */
  readonly reaction: boolean;
  /** Scripted history only: dropped when the backdated history is complete. */
  readonly historyOnly: boolean;
}

/** Events sorted by (at, seq). A desk holds a few hundred at most, so a sorted array is plenty. */
export class EventQueue {
  #events: SimEvent[] = [];

  push(event: SimEvent): void {
    let lo = 0;
    let hi = this.#events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.#events[mid] as SimEvent;
      if (other.at < event.at || (other.at === event.at && other.seq < event.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.#events.splice(lo, 0, event);
  }

  peek(): SimEvent | undefined {
    return this.#events[0];
  }

  shift(): SimEvent | undefined {
    return this.#events.shift();
  }

  some(test: (event: SimEvent) => boolean): boolean {
    return this.#events.some(test);
  }

  removeWhere(test: (event: SimEvent) => boolean): void {
    this.#events = this.#events.filter((event) => !test(event));
  }

  toArray(): readonly SimEvent[] {
    return [...this.#events];
  }
}
