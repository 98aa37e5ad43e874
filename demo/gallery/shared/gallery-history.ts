// What every gallery console already holds when it loads: customers waiting for
// a minute to hours, answered ones, one read but unanswered, one behind an
// internal note, names that repeat. Times are minutes before the page loaded;
// the seed picks names and words, this table fixes the shape, so tests know it.
import type { GalleryAuthor, Lang } from './gallery-types.ts';

export interface HistoryLine {
  author: GalleryAuthor;
  /** Minutes before load. */
  minutesAgo: number;
}

export interface HistoryConversation {
  lang: Lang;
  vip?: boolean;
  /** Index of an earlier entry whose customer's name this one repeats. */
  sameNameAs?: number;
  /** Opened by the operator since its last customer message (no unread count). */
  read?: boolean;
  /** The opening line, from gallery-phrases.json's customerFirst list. */
  topic: number;
  lines: readonly HistoryLine[];
}

const c = (minutesAgo: number): HistoryLine => ({ author: 'customer', minutesAgo });
const o = (minutesAgo: number): HistoryLine => ({ author: 'operator', minutesAgo });
const n = (minutesAgo: number): HistoryLine => ({ author: 'note', minutesAgo });

export const HISTORY: readonly HistoryConversation[] = [
  // 0: waiting for over two hours, two unread messages.
  { lang: 'ru', topic: 0, lines: [c(125), c(118)] },
  // 1: waiting 25 minutes.
  { lang: 'en', topic: 1, lines: [c(25)] },
  // 2: wrote a minute ago.
  { lang: 'ru', topic: 6, lines: [c(1)] },
  // 3: read but unanswered for 12 minutes.
  { lang: 'ru', topic: 3, read: true, lines: [c(12)] },
  // 4: answered.
  { lang: 'en', topic: 3, lines: [c(40), o(35)] },
  // 5: answered, the same name as 0.
  { lang: 'ru', topic: 1, sameNameAs: 0, lines: [c(70), o(64), c(60), o(55)] },
  // 6: a refund, three unread messages over six minutes.
  { lang: 'en', topic: 2, lines: [c(6), c(5), c(4)] },
  // 7: an internal note does not answer: still waiting 8 minutes, read.
  { lang: 'ru', topic: 2, read: true, lines: [c(8), n(5)] },
  // 8: answered, the same name as 6.
  { lang: 'en', topic: 5, sameNameAs: 6, lines: [c(200), o(190)] },
  // 9: answered three days ago.
  { lang: 'ru', topic: 7, lines: [c(3 * 24 * 60 + 30), o(3 * 24 * 60)] },
  // 10: waiting since yesterday evening (about 16 hours).
  { lang: 'en', topic: 4, lines: [c(16 * 60)] },
  // 11: a VIP customer waiting three minutes.
  { lang: 'en', vip: true, topic: 0, lines: [c(3)] },
  // 12: answered five hours ago after a long exchange.
  { lang: 'ru', topic: 5, lines: [c(320), o(315), c(310), o(300)] },
];
