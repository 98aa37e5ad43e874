// Parley's own interface text; customers write in either language regardless.
import type { Lang } from '../shared/gallery-types.ts';

export interface InboxStrings {
  readonly product: string;
  readonly inbox: string;
  readonly yourInbox: string;
  readonly search: string;
  readonly open: string;
  readonly snoozed: string;
  readonly closed: string;
  readonly newest: string;
  readonly available: string;
  readonly you: string;
  readonly reply: string;
  readonly note: string;
  readonly noteLabel: string;
  readonly bot: string;
  readonly send: string;
  readonly replyPlaceholder: string;
  readonly notePlaceholder: string;
  readonly empty: string;
  readonly emptyHint: string;
  readonly details: string;
  readonly conversationId: string;
  readonly language: string;
  readonly languages: Readonly<Record<Lang, string>>;
  readonly channel: string;
  readonly messenger: string;
  readonly vip: string;
  readonly snooze: string;
  readonly close: string;
  readonly now: string;
  /** A duration with its unit, short: 2m / 2 мин. */
  readonly unit: Readonly<Record<'m' | 'h' | 'd' | 'w', (n: number) => string>>;
  readonly ago: (short: string) => string;
}

export const STRINGS: Readonly<Record<Lang, InboxStrings>> = {
  en: {
    product: 'Parley',
    inbox: 'Inbox',
    yourInbox: 'Your inbox',
    search: 'Search conversations',
    open: 'Open',
    snoozed: 'Snoozed',
    closed: 'Closed',
    newest: 'Newest',
    available: 'Available',
    you: 'You',
    reply: 'Reply',
    note: 'Note',
    noteLabel: 'Internal note',
    bot: 'Bot',
    send: 'Send',
    replyPlaceholder: 'Reply… (Enter to send, Shift+Enter for a new line)',
    notePlaceholder: 'Add a note only your team can see',
    empty: 'No conversation selected',
    emptyHint: 'Pick a conversation on the left to start replying.',
    details: 'Details',
    conversationId: 'Conversation ID',
    language: 'Language',
    languages: { en: 'English', ru: 'Russian' },
    channel: 'Channel',
    messenger: 'Messenger',
    vip: 'VIP',
    snooze: 'Snooze',
    close: 'Close',
    now: 'now',
    unit: { m: (n) => `${n}m`, h: (n) => `${n}h`, d: (n) => `${n}d`, w: (n) => `${n}w` },
    ago: (short) => `${short} ago`,
  },
  ru: {
    product: 'Parley',
    inbox: 'Входящие',
    yourInbox: 'Мои входящие',
    search: 'Поиск по разговорам',
    open: 'Открытые',
    snoozed: 'Отложенные',
    closed: 'Закрытые',
    newest: 'Сначала новые',
    available: 'В сети',
    you: 'Вы',
    reply: 'Ответ',
    note: 'Заметка',
    noteLabel: 'Внутренняя заметка',
    bot: 'Бот',
    send: 'Отправить',
    replyPlaceholder: 'Ответ… (Enter — отправить, Shift+Enter — новая строка)',
    notePlaceholder: 'Заметка, которую видит только команда',
    empty: 'Разговор не выбран',
    emptyHint: 'Выберите разговор слева, чтобы ответить.',
    details: 'Сведения',
    conversationId: 'ID разговора',
    language: 'Язык',
    languages: { en: 'английский', ru: 'русский' },
    channel: 'Канал',
    messenger: 'Мессенджер',
    vip: 'VIP',
    snooze: 'Отложить',
    close: 'Закрыть',
    now: 'сейчас',
    unit: { m: (n) => `${n} мин`, h: (n) => `${n} ч`, d: (n) => `${n} д`, w: (n) => `${n} нед` },
    ago: (short) => `${short} назад`,
  },
};
