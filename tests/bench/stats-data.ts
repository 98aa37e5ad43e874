import { mulberry32 } from '../../demo/src/sim/prng';
import type { StatsExportFile } from '../../lib/domain/stats/types';

type Event = StatsExportFile['events'][number];

// Seeded (the demo desk's generator), so every bench run measures the same data.
const random = mulberry32;

const MIN = 60_000;
const levels = ['normal', 'normal', 'normal', 'priority', 'vip'] as const;

/** 24 hex digits that look like the extension's salted hashes (FNV-1a, three seeds). */
function hexKey(text: string): string {
  return [0x811c9dc5, 0x01000193, 0x5bd1e995]
    .map((seed) => {
      let hash = seed;
      for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16_777_619);
      return (hash >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
}

/**
 * About `count` events of one operator's working days ending at `end`: waits
 * with replies (some slow enough to warn, breach or be forgotten), first
 * responses, openings, dismissals, template uses and focus periods.
 */
export function operatorEvents(operator: string, count: number, end: number, seed = 1): Event[] {
  const next = random(seed);
  const events: Event[] = [];
  const days = 30;
  const site = seed % 2 ? 'https://desk.example' : 'https://chat.example';
  let id = 1;
  let conversation = 0;
  while (events.length < count) {
    const day = Math.floor(next() * days);
    const start = end - (day + 1) * 86_400_000 + (8 + next() * 10) * 3_600_000;
    // Shaped like the salted hashes the extension stores: 24 hex digits.
    const key = hexKey(`${operator}-${conversation++ % 5000}`);
    const priority = levels[Math.floor(next() * levels.length)]!;
    const base = { site, operator, conversation: key, priority };
    const wait = next() < 0.85 ? next() * 8 * MIN : 8 * MIN + next() * 40 * MIN;
    events.push({ id: id++, at: Math.round(start), type: 'customer-message', ...base });
    if (next() < 0.6) events.push({ id: id++, at: Math.round(start + wait / 2), type: 'opened', ...base });
    for (const [type, after] of [
      ['warn', 5 * MIN],
      ['breach', 10 * MIN],
      ['forgotten', 20 * MIN],
    ] as const) {
      if (wait > after)
        events.push({ id: id++, at: Math.round(start + after), type, ...base, waitMs: after });
    }
    const at = Math.round(start + wait);
    if (next() < 0.05) {
      events.push({ id: id++, at, type: 'dismissed', ...base, waitMs: at - Math.round(start) });
      continue;
    }
    const replyMs = at - Math.round(start);
    events.push({ id: id++, at, type: 'reply', ...base, replyMs });
    if (next() < 0.3)
      events.push({ id: id++, at, type: 'first-response', ...base, firstResponseMs: replyMs });
    if (next() < 0.25)
      events.push({ id: id++, at, type: 'template-used', ...base, template: `t-${Math.floor(next() * 40)}` });
    if (next() < 0.01) {
      const focusMs = 30 * MIN;
      const empty = { site: '', operator, conversation: '' };
      events.push({ id: id++, at, type: 'focus-started', ...empty });
      events.push({ id: id++, at: at + focusMs, type: 'focus-ended', ...empty, focusMs });
    }
  }
  return events.slice(0, count).sort((a, b) => a.at - b.at);
}

/** An operator's JSON export of generated events. */
export function operatorExport(operator: string, count: number, end: number, seed = 1): StatsExportFile {
  return {
    kind: 'nezabudka-stats',
    version: 1,
    exportedAt: end,
    source: `bench-${seed}`,
    operator,
    range: { from: end - 31 * 86_400_000, to: end + 86_400_000 },
    events: operatorEvents(operator, count, end, seed),
  };
}
