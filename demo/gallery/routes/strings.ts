// Pereklichka's own interface text; customers write in either language regardless.
import type { Lang } from '../shared/gallery-types.ts';

export interface DeskStrings {
  readonly product: string;
  readonly conversations: string;
  readonly contacts: string;
  readonly reports: string;
  readonly settings: string;
  readonly inboxes: string;
  readonly website: string;
  readonly telegram: string;
  readonly mine: string;
  readonly unassigned: string;
  readonly all: string;
  readonly open: string;
  /** The status filter's other choices (the menu over the list). */
  readonly statuses: readonly string[];
  readonly resolve: string;
  readonly reply: string;
  readonly privateNote: string;
  readonly send: string;
  readonly addNote: string;
  readonly replyPlaceholder: string;
  readonly notePlaceholder: string;
  readonly pick: string;
  readonly pickHint: string;
  readonly notFound: string;
  readonly back: string;
  readonly today: string;
  readonly yesterday: string;
  readonly vip: string;
  readonly bot: string;
  readonly operator: string;
  readonly shortcutHint: string;
  readonly agentInitials: string;
}

export const STRINGS: Readonly<Record<Lang, DeskStrings>> = {
  ru: {
    product: 'Перекличка',
    conversations: 'Разговоры',
    contacts: 'Контакты',
    reports: 'Отчёты',
    settings: 'Настройки',
    inboxes: 'Каналы',
    website: 'Сайт',
    telegram: 'Telegram',
    mine: 'Мои',
    unassigned: 'Без ответственного',
    all: 'Все',
    open: 'Открытые',
    statuses: ['Открытые', 'В ожидании', 'Отложенные', 'Решённые', 'Все'],
    resolve: 'Решить',
    reply: 'Ответить',
    privateNote: 'Приватная заметка',
    send: 'Отправить',
    addNote: 'Добавить заметку',
    replyPlaceholder: 'Введите ответ, Shift+Enter — новая строка',
    notePlaceholder: 'Заметка видна только агентам',
    pick: 'Выберите разговор',
    pickHint: 'Откройте разговор из списка, чтобы ответить клиенту.',
    notFound: 'Разговор не найден',
    back: 'К списку',
    today: 'Сегодня',
    yesterday: 'Вчера',
    vip: 'VIP',
    bot: 'Бот',
    operator: 'Вы',
    shortcutHint: 'Enter — отправить',
    agentInitials: 'ОП',
  },
  en: {
    product: 'Pereklichka',
    conversations: 'Conversations',
    contacts: 'Contacts',
    reports: 'Reports',
    settings: 'Settings',
    inboxes: 'Inboxes',
    website: 'Website',
    telegram: 'Telegram',
    mine: 'Mine',
    unassigned: 'Unassigned',
    all: 'All',
    open: 'Open',
    statuses: ['Open', 'Pending', 'Snoozed', 'Resolved', 'All'],
    resolve: 'Resolve',
    reply: 'Reply',
    privateNote: 'Private note',
    send: 'Send',
    addNote: 'Add note',
    replyPlaceholder: 'Type a reply, Shift+Enter for a new line',
    notePlaceholder: 'This note is visible to agents only',
    pick: 'Pick a conversation',
    pickHint: 'Open a conversation from the list to reply to the customer.',
    notFound: 'Conversation not found',
    back: 'Back to the list',
    today: 'Today',
    yesterday: 'Yesterday',
    vip: 'VIP',
    bot: 'Bot',
    operator: 'You',
    shortcutHint: 'Enter to send',
    agentInitials: 'OP',
  },
};
