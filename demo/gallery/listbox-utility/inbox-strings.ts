// The inbox's own labels in its two interface languages.
import type { Lang } from '../shared/gallery-types.ts';

export interface InboxStrings {
  inbox: string;
  conversations: string;
  search: string;
  all: string;
  mine: string;
  empty: string;
  emptyHint: string;
  conversation: string;
  reply: string;
  note: string;
  notePlaceholder: string;
  replyPlaceholder: string;
  send: string;
  addNote: string;
  hint: string;
  internalNote: string;
  resolve: string;
  assign: string;
  you: string;
  bot: string;
  vip: string;
  online: string;
}

export const INBOX_STRINGS: Record<Lang, InboxStrings> = {
  en: {
    inbox: 'Inbox',
    conversations: 'Conversations',
    search: 'Search conversations',
    all: 'All',
    mine: 'Mine',
    empty: 'No conversation selected',
    emptyHint: 'Pick a conversation on the left, or use ↑ ↓ and Enter.',
    conversation: 'Conversation',
    reply: 'Reply',
    note: 'Note',
    notePlaceholder: 'Internal note, only your team sees it…',
    replyPlaceholder: 'Write a reply…',
    send: 'Send',
    addNote: 'Add note',
    hint: 'Enter to send · Shift+Enter for a new line',
    internalNote: 'Internal note',
    resolve: 'Resolve',
    assign: 'Assign',
    you: 'You',
    bot: 'Bot',
    vip: 'VIP',
    online: 'Online',
  },
  ru: {
    inbox: 'Входящие',
    conversations: 'Диалоги',
    search: 'Поиск по диалогам',
    all: 'Все',
    mine: 'Мои',
    empty: 'Диалог не выбран',
    emptyHint: 'Выберите диалог слева или используйте ↑ ↓ и Enter.',
    conversation: 'Диалог',
    reply: 'Ответ',
    note: 'Заметка',
    notePlaceholder: 'Внутренняя заметка, её видит только команда…',
    replyPlaceholder: 'Напишите ответ…',
    send: 'Отправить',
    addNote: 'Добавить заметку',
    hint: 'Enter — отправить · Shift+Enter — новая строка',
    internalNote: 'Внутренняя заметка',
    resolve: 'Закрыть',
    assign: 'Назначить',
    you: 'Вы',
    bot: 'Бот',
    vip: 'VIP',
    online: 'В сети',
  },
};
