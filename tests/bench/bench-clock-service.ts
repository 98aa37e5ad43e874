import { createConversationRepository } from '../../lib/db/conversation-repository';
import type { NezabudkaDatabase } from '../../lib/db/database';
import { createEventRepository } from '../../lib/db/event-repository';
import { createKvRepository } from '../../lib/db/kv-repository';
import { defaultSettings } from '../../lib/domain/settings';
import { createClockService } from '../../lib/services/clock-service';
import { createConversationHasher } from '../../lib/services/conversation-hasher';

/**
 * The background's clock service over `db` as the background wires it (real
 * repositories, salted SHA-256 fingerprints, one transaction per write), with
 * the browser's parts (pushes, notifications, alarms) doing nothing and a clock
 * the bench moves.
 */
export function benchClockService(db: NezabudkaDatabase, start: number) {
  let now = start;
  const kv = createKvRepository(db);
  const service = createClockService({
    conversations: createConversationRepository(db),
    events: createEventRepository(db),
    kv,
    hash: createConversationHasher(kv),
    operator: async () => 'op-bench',
    getSettings: async () => defaultSettings,
    push: { toTab: () => undefined, toAll: () => undefined },
    alerts: {
      notify: () => undefined,
      focusEnded: () => undefined,
      setBadge: () => undefined,
      focusTab: async () => undefined,
    },
    schedule: () => undefined,
    now: () => now,
    atomically: (task) => db.transaction('rw', [db.conversations, db.events], task),
  });
  return {
    service,
    now: () => now,
    set: (at: number) => void (now = at),
    advance: (ms: number) => void (now += ms),
  };
}
