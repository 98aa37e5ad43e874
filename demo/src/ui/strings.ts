// The desk's own interface text. Customers write in either language whatever
// the interface language is.
import type { Lang } from '../sim/types.ts';

export interface DeskStrings {
  readonly deskName: string;
  readonly operatorName: string;
  readonly operatorInitials: string;
  readonly online: string;
  readonly conversations: string;
  readonly conversationsLabel: string;
  readonly youPrefix: string;
  readonly notePrefix: string;
  readonly botPrefix: string;
  readonly noteLabel: string;
  readonly botLabel: string;
  readonly send: string;
  readonly replyTab: string;
  readonly noteTab: string;
  readonly replyPlaceholder: string;
  readonly notePlaceholder: string;
  readonly composerLabel: string;
  readonly pickConversation: string;
  readonly pickConversationHint: string;
  readonly speed: string;
  readonly paused: string;
  readonly seed: string;
  readonly chats: string;
  readonly simTime: string;
  readonly customer: string;
  readonly language: string;
  readonly languageNames: Readonly<Record<Lang, string>>;
  readonly channel: string;
  readonly webChat: string;
  readonly started: string;
  readonly messages: string;
  readonly vipHint: string;
  /** Title of a row's unread badge: messages. */
  readonly unreadLabel: (count: number) => string;
  /** The list header's counter: chats. */
  readonly unreadChatsLabel: (count: number) => string;
  readonly queueTitle: string;
  readonly withUnread: string;
  readonly customerWroteLast: string;
}

const ru: DeskStrings = {
  deskName: 'ДемоДеск',
  operatorName: 'Оператор Анна',
  operatorInitials: 'А',
  online: 'В сети',
  conversations: 'Диалоги',
  conversationsLabel: 'Conversations',
  youPrefix: 'Вы: ',
  notePrefix: 'Заметка: ',
  botPrefix: 'Бот: ',
  noteLabel: 'Внутренняя заметка',
  botLabel: 'Бот',
  send: 'Отправить',
  replyTab: 'Ответ',
  noteTab: 'Заметка',
  replyPlaceholder: 'Напишите ответ… Enter — отправить, Shift+Enter — новая строка',
  notePlaceholder: 'Внутренняя заметка: клиент её не увидит',
  composerLabel: 'Сообщение',
  pickConversation: 'Выберите диалог',
  pickConversationHint: 'Список слева отсортирован по последней активности',
  speed: 'Скорость',
  paused: 'Пауза',
  seed: 'Сид',
  chats: 'Чатов',
  simTime: 'Сим. время',
  customer: 'Клиент',
  language: 'Язык',
  languageNames: { ru: 'русский', en: 'английский' },
  channel: 'Канал',
  webChat: 'Чат на сайте',
  started: 'Начало',
  messages: 'Сообщений',
  vipHint: 'VIP-клиент: отвечать в первую очередь',
  unreadLabel: (count) => `непрочитанных: ${count}`,
  unreadChatsLabel: (count) => `с непрочитанными: ${count}`,
  queueTitle: 'Очередь',
  withUnread: 'С непрочитанными',
  customerWroteLast: 'Последним писал клиент',
};

const en: DeskStrings = {
  deskName: 'DemoDesk',
  operatorName: 'Operator Anna',
  operatorInitials: 'A',
  online: 'Online',
  conversations: 'Conversations',
  conversationsLabel: 'Conversations',
  youPrefix: 'You: ',
  notePrefix: 'Note: ',
  botPrefix: 'Bot: ',
  noteLabel: 'Internal note',
  botLabel: 'Bot',
  send: 'Send',
  replyTab: 'Reply',
  noteTab: 'Note',
  replyPlaceholder: 'Write a reply… Enter to send, Shift+Enter for a new line',
  notePlaceholder: 'Internal note: the customer will not see it',
  composerLabel: 'Message',
  pickConversation: 'Pick a conversation',
  pickConversationHint: 'The list on the left is sorted by latest activity',
  speed: 'Speed',
  paused: 'Pause',
  seed: 'Seed',
  chats: 'Chats',
  simTime: 'Sim time',
  customer: 'Customer',
  language: 'Language',
  languageNames: { ru: 'Russian', en: 'English' },
  channel: 'Channel',
  webChat: 'Website chat',
  started: 'Started',
  messages: 'Messages',
  vipHint: 'VIP customer: answer first',
  unreadLabel: (count) => `${count} unread`,
  unreadChatsLabel: (count) => `${count} with unread`,
  queueTitle: 'Queue',
  withUnread: 'With unread',
  customerWroteLast: 'Customer wrote last',
};

export const STRINGS: Readonly<Record<Lang, DeskStrings>> = { ru, en };
