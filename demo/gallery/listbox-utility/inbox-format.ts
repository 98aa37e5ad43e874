// Pure formatting and ordering of the inbox: the screen-reader unread text,
// day separators, last-activity order (HH:mm: shared/clock-format.ts).
import { daysAgo, startOfDay } from '../shared/clock-format.ts';
import { lastMessage } from '../shared/gallery-sim.ts';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';

/** Russian plural form: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…). */
export function ruPlural(count: number, one: string, few: string, many: string): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** The visually hidden unread text: "2 unread messages" / «2 непрочитанных сообщения». */
export function unreadLabel(count: number, lang: Lang): string {
  if (lang === 'ru') {
    const adjective = ruPlural(count, 'непрочитанное', 'непрочитанных', 'непрочитанных');
    return `${count} ${adjective} ${ruPlural(count, 'сообщение', 'сообщения', 'сообщений')}`;
  }
  return `${count} unread ${count === 1 ? 'message' : 'messages'}`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};

/** The separator above a day's messages: Today, Yesterday, or "3 Mar". */
export function dayLabel(at: number, now: number, lang: Lang): string {
  const days = daysAgo(at, now);
  if (days === 0) return lang === 'ru' ? 'Сегодня' : 'Today';
  if (days === 1) return lang === 'ru' ? 'Вчера' : 'Yesterday';
  const date = new Date(at);
  return `${date.getDate()} ${MONTHS[lang][date.getMonth()]}`;
}

/** True when two instants fall on different local days. */
export function otherDay(a: number, b: number): boolean {
  return startOfDay(a) !== startOfDay(b);
}

/** Newest activity first; ties keep the back end's (creation) order. */
export function sortByActivity(conversations: readonly GalleryConversation[]): GalleryConversation[] {
  const activity = (conversation: GalleryConversation) => lastMessage(conversation)?.at ?? 0;
  return conversations
    .map((conversation, index) => ({ conversation, index }))
    .sort((a, b) => activity(b.conversation) - activity(a.conversation) || a.index - b.index)
    .map(({ conversation }) => conversation);
}
