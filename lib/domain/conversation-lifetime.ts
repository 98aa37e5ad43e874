import type { ConversationRecord } from './conversation';

const DAY_MS = 86_400_000;
/** A name is kept this long after its row was last seen, unless the customer still waits. */
export const NAME_UNSEEN_MS = DAY_MS;

export interface AgedConversations {
  /** Unseen past the retention period: deleted, clock and all. */
  remove: ConversationRecord[];
  /** Kept, but their names are no longer needed: the same records with `name: null`. */
  renamed: ConversationRecord[];
}

/**
 * How long customer data lives in the clock records: a record unseen for longer
 * than the retention period goes; a name goes a day after its row was last seen,
 * unless someone still waits there (the queue and alerts name them). A row seen
 * again brings its name back from the page.
 */
export function ageConversations(
  records: Iterable<ConversationRecord>,
  now: number,
  retentionDays: number,
): AgedConversations {
  const remove: ConversationRecord[] = [];
  const renamed: ConversationRecord[] = [];
  for (const record of records) {
    const unseen = now - record.lastSeenAt;
    if (unseen > retentionDays * DAY_MS) remove.push(record);
    else if (record.name !== null && unseen > NAME_UNSEEN_MS && record.waitingSince === null)
      renamed.push({ ...record, name: null });
  }
  return { remove, renamed };
}
