import data from './data/ticket-statuses.json';

const STATUSES = new Map<string, 'customer' | 'operator'>([
  ...data.customer.map((status) => [status.toLowerCase(), 'customer'] as const),
  ...data.operator.map((status) => [status.toLowerCase(), 'operator'] as const),
]);
const LONGEST = Math.max(...[...STATUSES.keys()].map((status) => status.length));
/** Any status word somewhere in a text: rows without one are not searched element by element. */
const ANY = new RegExp(
  [...STATUSES.keys()].map((status) => status.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
);

/** Whether a row's text holds a status word at all (a quick test before reading its cells). */
export function mentionsStatus(text: string): boolean {
  return ANY.test(text);
}

/**
 * Who owes the next message by a ticket's status, as a desk shows it ("Открыт",
 * "Answered"): `customer` means the customer waits for an answer. Null for any
 * other text. Pure: the text is the whole cell or tag.
 */
export function statusSays(text: string): 'customer' | 'operator' | null {
  const plain = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (plain.length === 0 || plain.length > LONGEST) return null;
  return STATUSES.get(plain) ?? null;
}
