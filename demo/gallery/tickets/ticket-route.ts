// The desk's routes live in the hash: `#/tickets` is the list, `#/tickets/4101` a ticket.
export function ticketHref(id: string): string {
  return `#/tickets/${id}`;
}

export const LIST_HREF = '#/tickets';

export function ticketIdFromHash(hash: string): string | null {
  return /^#\/tickets\/(\d+)$/.exec(hash)?.[1] ?? null;
}
