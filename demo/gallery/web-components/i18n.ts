// The console's own labels, in the interface language the page was opened with
// (one locale per page, as lit-localize sets it at start-up).
import type { Lang } from '../shared/gallery-types.ts';

const STRINGS = {
  en: {
    brand: 'Service Console',
    app: 'Messaging',
    search: 'Search contacts, cases and chats…',
    available: 'Available',
    inbox: 'Messaging Inbox',
    sessions: (count: number) => (count === 1 ? '1 session' : `${count} sessions`),
    unreadTitle: (count: number) => (count === 1 ? '1 unread message' : `${count} unread messages`),
    you: 'You',
    agent: 'Agent',
    noteLabel: 'Internal note',
    bot: 'Chatbot',
    today: 'Today',
    yesterday: 'Yesterday',
    channel: 'Web chat',
    vip: 'VIP',
    vipTitle: 'Priority customer',
    emptyTitle: 'No conversation selected',
    emptyHint: 'Pick a session from the Messaging Inbox to start helping the customer.',
    reply: 'Reply',
    note: 'Internal note',
    placeholderReply: 'Type a message…',
    placeholderNote: 'Write an internal note; the customer does not see it…',
    hint: 'Enter to send · Shift+Enter for a new line',
    send: 'Send',
    details: 'Contact details',
    nameLabel: 'Name',
    language: 'Language',
    conversation: 'Session',
    started: 'Started',
    messagesCount: 'Messages',
    langName: { ru: 'Russian', en: 'English' },
    transfer: 'Transfer',
    end: 'End chat',
  },
  ru: {
    brand: 'Сервисная консоль',
    app: 'Сообщения',
    search: 'Поиск по записям…',
    available: 'На связи',
    inbox: 'Входящие сообщения',
    sessions: (count: number) => `Сессий: ${count}`,
    unreadTitle: (count: number) => `Непрочитанных: ${count}`,
    you: 'Вы',
    agent: 'Оператор',
    noteLabel: 'Внутренняя заметка',
    bot: 'Чат-бот',
    today: 'Сегодня',
    yesterday: 'Вчера',
    channel: 'Веб-чат',
    vip: 'VIP',
    vipTitle: 'Приоритетный клиент',
    emptyTitle: 'Диалог не выбран',
    emptyHint: 'Выберите сессию во входящих, чтобы начать помогать клиенту.',
    reply: 'Ответ',
    note: 'Заметка',
    placeholderReply: 'Введите сообщение…',
    placeholderNote: 'Внутренняя заметка, клиент её не увидит…',
    hint: 'Enter — отправить · Shift+Enter — новая строка',
    send: 'Отправить',
    details: 'Контакт',
    nameLabel: 'Имя',
    language: 'Язык',
    conversation: 'Сессия',
    started: 'Начало',
    messagesCount: 'Сообщений',
    langName: { ru: 'русский', en: 'английский' },
    transfer: 'Передать',
    end: 'Завершить',
  },
} as const;

export type Strings = (typeof STRINGS)[Lang];

let current: Lang = 'en';

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

export function t(): Strings {
  return STRINGS[current];
}
