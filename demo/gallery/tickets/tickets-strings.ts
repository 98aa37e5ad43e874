// The desk's own labels; customers still write in either language.
import type { Lang } from '../shared/gallery-types.ts';
import type { TicketStatus } from './ticket-fields.ts';

export interface TicketsStrings {
  product: string;
  search: string;
  agentName: string;
  views: string;
  viewAll: string;
  viewUnanswered: string;
  viewAnswered: string;
  heading: string;
  colNumber: string;
  colSubject: string;
  colRequester: string;
  colStatus: string;
  colUpdated: string;
  newPill: string;
  status: Record<TicketStatus, string>;
  count: (count: number) => string;
  back: string;
  requester: string;
  ticket: string;
  language: string;
  created: string;
  updated: string;
  agent: string;
  customer: string;
  internalNote: string;
  bot: string;
  replyPlaceholder: string;
  sendReply: string;
  addNote: string;
  selectAll: string;
  properties: string;
  languageName: Record<Lang, string>;
}

export const TICKETS_STRINGS: Record<Lang, TicketsStrings> = {
  ru: {
    product: 'Опора Сервис',
    search: 'Поиск тикетов',
    agentName: 'Ольга Смирнова',
    views: 'Представления',
    viewAll: 'Все тикеты',
    viewUnanswered: 'Ждут ответа',
    viewAnswered: 'Отвеченные',
    heading: 'Все тикеты',
    colNumber: 'Номер',
    colSubject: 'Тема',
    colRequester: 'Автор запроса',
    colStatus: 'Статус',
    colUpdated: 'Последнее обновление',
    newPill: 'НОВЫЙ',
    status: { open: 'Открыт', awaiting: 'Ждёт ответа', answered: 'Отвечен' },
    count: (count) => `${count} тикетов`,
    back: '← Назад к тикетам',
    requester: 'Автор запроса',
    ticket: 'Тикет',
    language: 'Язык',
    created: 'Создан',
    updated: 'Обновлён',
    agent: 'Агент',
    customer: 'Клиент',
    internalNote: 'Внутренняя заметка',
    bot: 'Бот',
    replyPlaceholder: 'Напишите ответ клиенту…',
    sendReply: 'Отправить ответ',
    addNote: 'Добавить заметку',
    selectAll: 'Выбрать все',
    properties: 'Свойства тикета',
    languageName: { ru: 'русский', en: 'английский' },
  },
  en: {
    product: 'Opora Service',
    search: 'Search tickets',
    agentName: 'Alex Morgan',
    views: 'Views',
    viewAll: 'All tickets',
    viewUnanswered: 'Awaiting reply',
    viewAnswered: 'Answered',
    heading: 'All tickets',
    colNumber: 'Ticket',
    colSubject: 'Subject',
    colRequester: 'Requester',
    colStatus: 'Status',
    colUpdated: 'Last update',
    newPill: 'NEW',
    status: { open: 'Open', awaiting: 'Awaiting reply', answered: 'Answered' },
    count: (count) => `${count} tickets`,
    back: '← Back to tickets',
    requester: 'Requester',
    ticket: 'Ticket',
    language: 'Language',
    created: 'Created',
    updated: 'Updated',
    agent: 'Agent',
    customer: 'Customer',
    internalNote: 'Internal note',
    bot: 'Bot',
    replyPlaceholder: 'Write a reply to the customer…',
    sendReply: 'Send reply',
    addNote: 'Add note',
    selectAll: 'Select all',
    properties: 'Ticket properties',
    languageName: { ru: 'Russian', en: 'English' },
  },
};
