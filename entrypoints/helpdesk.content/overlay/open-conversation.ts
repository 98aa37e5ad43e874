import { followOpen, openByAddress, type OpenConversation } from '../../../lib/adapters/open-memory';
import type { Observation } from '../../../lib/domain/observation';

/** Names of rows remembered at most (memory only). */
const SEEN_NAMES_MAX = 2000;

export interface OpenConversationTracker {
  /** Folds in what the sensor saw. */
  observe(observation: Observation): void;
  /** The last observation, if any. */
  last(): Observation | null;
  /** Now: followed from the page, or, with no list on screen, the one the address names. */
  openNow(): { key: string; name: string | null } | null;
}

/**
 * The conversation open in the page, for templates' names: followed while its
 * chat stays open after its row left the list, and, on a ticket view that hides
 * the list, named by the address among the rows seen on this page.
 */
export function trackOpenConversation(): OpenConversationTracker {
  let last: Observation | null = null;
  let open: OpenConversation | null = null;
  const seenNames = new Map<string, string | null>();
  return {
    observe(observation) {
      last = observation;
      for (const row of observation.rows) {
        seenNames.delete(row.key);
        seenNames.set(row.key, row.name);
      }
      while (seenNames.size > SEEN_NAMES_MAX) seenNames.delete(seenNames.keys().next().value!);
      open = followOpen(open, observation);
    },
    last: () => last,
    openNow: () =>
      (last?.rows.length === 0 && last.open !== 'unsure'
        ? openByAddress({ here: new URL(location.href), base: document.baseURI, seen: seenNames })
        : null) ?? open,
  };
}
