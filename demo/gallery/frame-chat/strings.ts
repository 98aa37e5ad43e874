// Pulse's own labels in both interface languages; the frame uses the
// parent's language, as an embedded view follows its host app.
import type { Lang } from '../shared/gallery-types.ts';

const STRINGS = {
  ru: {
    title: 'Диалоги',
    online: 'В сети',
    search: 'Поиск по имени или сообщению',
    caption: (count: number) => `Активные · ${count}`,
    you: 'Вы',
    noteMark: 'Заметка',
    bot: 'Бот',
    rail: {
      chats: 'Диалоги',
      visitors: 'Посетители',
      archive: 'Архив',
      reports: 'Отчёты',
      settings: 'Настройки',
    },
    frameTitle: 'Открытый диалог',
    emptyTitle: 'Выберите диалог',
    emptyHint: 'Откройте диалог в списке слева, чтобы ответить клиенту.',
    today: 'Сегодня',
    yesterday: 'Вчера',
    source: 'Виджет на сайте',
    transfer: 'Передать',
    close: 'Закрыть диалог',
    vip: 'VIP-клиент',
    reply: 'Сообщение',
    note: 'Заметка для коллег',
    placeholderReply: 'Введите сообщение…',
    placeholderNote: 'Заметку видят только операторы…',
    hint: 'Enter — отправить, Shift+Enter — новая строка',
    send: 'Отправить',
    noteLabel: 'Заметка',
    unreadTitle: (count: number) => `Непрочитанных: ${count}`,
  },
  en: {
    title: 'Chats',
    online: 'Online',
    search: 'Search by name or message',
    caption: (count: number) => `Active · ${count}`,
    you: 'You',
    noteMark: 'Note',
    bot: 'Bot',
    rail: {
      chats: 'Chats',
      visitors: 'Visitors',
      archive: 'Archive',
      reports: 'Reports',
      settings: 'Settings',
    },
    frameTitle: 'Open chat',
    emptyTitle: 'Select a chat',
    emptyHint: 'Open a chat from the list on the left to reply to the customer.',
    today: 'Today',
    yesterday: 'Yesterday',
    source: 'Website widget',
    transfer: 'Transfer',
    close: 'Close chat',
    vip: 'VIP customer',
    reply: 'Message',
    note: 'Note for colleagues',
    placeholderReply: 'Type a message…',
    placeholderNote: 'Only agents see notes…',
    hint: 'Enter to send, Shift+Enter for a new line',
    send: 'Send',
    noteLabel: 'Note',
    unreadTitle: (count: number) => (count === 1 ? '1 unread message' : `${count} unread messages`),
  },
} as const;

export type Strings = (typeof STRINGS)[Lang];

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
