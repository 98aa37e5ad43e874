// The console's own labels in its two interface languages (customers write either).
import type { Lang } from '../shared/gallery-types.ts';

export interface TableStrings {
  appName: string;
  navConversations: string;
  navCustomers: string;
  navReports: string;
  navSettings: string;
  loggedInAs: string;
  signOut: string;
  operatorName: string;
  heading: string;
  filterLabel: string;
  filterAll: string;
  filterOpen: string;
  refresh: string;
  colCustomer: string;
  colLastMessage: string;
  colStatus: string;
  colActivity: string;
  you: string;
  notePrefix: string;
  statusWaiting: string;
  statusAnswered: string;
  unread: string;
  shown: (count: number) => string;
  conversationNo: (id: string) => string;
  pickOne: string;
  internalNote: string;
  bot: string;
  replyLabel: string;
  noteCheckbox: string;
  send: string;
}

export const TABLE_STRINGS: Record<Lang, TableStrings> = {
  en: {
    appName: 'SupportDesk',
    navConversations: 'Conversations',
    navCustomers: 'Customers',
    navReports: 'Reports',
    navSettings: 'Settings',
    loggedInAs: 'Logged in as',
    signOut: 'Sign out',
    operatorName: 'Alex Morgan',
    heading: 'Conversations',
    filterLabel: 'Show:',
    filterAll: 'All conversations',
    filterOpen: 'Awaiting reply',
    refresh: 'Refresh',
    colCustomer: 'Customer',
    colLastMessage: 'Last message',
    colStatus: 'Status',
    colActivity: 'Last activity',
    you: 'You:',
    notePrefix: 'Note:',
    statusWaiting: 'Awaiting reply',
    statusAnswered: 'Replied',
    unread: 'unread',
    shown: (count) => `Showing 1–${count} of ${count} conversations`,
    conversationNo: (id) => `Conversation #${id}`,
    pickOne: 'Select a conversation in the list to read it.',
    internalNote: 'Internal note',
    bot: 'Bot',
    replyLabel: 'Reply',
    noteCheckbox: 'Internal note',
    send: 'Send',
  },
  ru: {
    appName: 'SupportDesk',
    navConversations: 'Обращения',
    navCustomers: 'Клиенты',
    navReports: 'Отчёты',
    navSettings: 'Настройки',
    loggedInAs: 'Вы вошли как',
    signOut: 'Выйти',
    operatorName: 'Ольга Смирнова',
    heading: 'Обращения',
    filterLabel: 'Показать:',
    filterAll: 'Все обращения',
    filterOpen: 'Ждут ответа',
    refresh: 'Обновить',
    colCustomer: 'Клиент',
    colLastMessage: 'Последнее сообщение',
    colStatus: 'Статус',
    colActivity: 'Активность',
    you: 'Вы:',
    notePrefix: 'Заметка:',
    statusWaiting: 'Ждёт ответа',
    statusAnswered: 'Отвечено',
    unread: 'непрочитано',
    shown: (count) => `Показано 1–${count} из ${count}`,
    conversationNo: (id) => `Обращение №${id}`,
    pickOne: 'Выберите обращение в списке, чтобы прочитать его.',
    internalNote: 'Внутренняя заметка',
    bot: 'Бот',
    replyLabel: 'Ответ',
    noteCheckbox: 'Внутренняя заметка',
    send: 'Отправить',
  },
};
