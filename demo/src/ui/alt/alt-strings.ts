// The alt console's own wording (another vendor words things differently).
// Preview prefixes, labels of the sim controls and the customer facts come from
// the default skin's strings, so the list reads «Вы: …»/"You: …" in both skins.
import type { Lang } from '../../sim/types.ts';
import { STRINGS, type DeskStrings } from '../strings.ts';

export interface AltStrings extends DeskStrings {
  readonly brand: string;
  readonly agentName: string;
  readonly onShift: string;
  readonly inboxTitle: string;
  readonly privateNote: string;
  readonly sendTitle: string;
  readonly internalLabel: string;
  readonly systemLabel: string;
  readonly emptyTitle: string;
  readonly emptyHint: string;
  readonly detailsTitle: string;
  readonly queueDetailsTitle: string;
}

/**
 * Stable English hooks, the same in both interface languages (like the default
 * skin's `aria-label="Conversations"`).
 */
export const ALT_HOOKS = {
  gridLabel: 'Inbox',
  vipTitle: 'VIP client',
  sendLabel: 'Send message',
  unreadLabel: (count: number) => `${count} unread`,
} as const;

const ru: AltStrings = {
  ...STRINGS.ru,
  brand: 'Орбита',
  agentName: 'Анна К.',
  onShift: 'На смене',
  inboxTitle: 'Входящие',
  privateNote: 'Приватная заметка',
  replyPlaceholder: 'Ответ клиенту… Enter — отправить, Shift+Enter — перенос строки',
  notePlaceholder: 'Заметка для команды: клиент её не увидит',
  sendTitle: 'Отправить (Enter)',
  internalLabel: 'Внутренняя заметка',
  systemLabel: 'Автоответ',
  emptyTitle: 'Разговор не выбран',
  emptyHint: 'Выберите строку во входящих слева',
  detailsTitle: 'О клиенте',
  queueDetailsTitle: 'Сводка по очереди',
};

const en: AltStrings = {
  ...STRINGS.en,
  brand: 'Orbit',
  agentName: 'Anna K.',
  onShift: 'On shift',
  inboxTitle: 'Inbox',
  privateNote: 'Private note',
  replyPlaceholder: 'Reply to the customer… Enter to send, Shift+Enter for a new line',
  notePlaceholder: 'Note for the team: the customer will not see it',
  sendTitle: 'Send (Enter)',
  internalLabel: 'Internal note',
  systemLabel: 'Auto-reply',
  emptyTitle: 'No conversation selected',
  emptyHint: 'Pick a row in the inbox on the left',
  detailsTitle: 'Customer',
  queueDetailsTitle: 'Queue overview',
};

export const ALT_STRINGS: Readonly<Record<Lang, AltStrings>> = { ru, en };
