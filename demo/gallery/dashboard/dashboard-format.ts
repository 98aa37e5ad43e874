// Pure texts of the dashboard: the ticking wait ("06 m. 20 s."), the last
// message's age ("3 min ago"), message stamps, and the row title (its key).
import type { Lang } from '../shared/gallery-types.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (value: number) => String(value).padStart(2, '0');

const UNITS: Record<Lang, { d: string; h: string; m: string; s: string }> = {
  en: { d: 'd.', h: 'h.', m: 'm.', s: 's.' },
  ru: { d: 'дн.', h: 'ч.', m: 'мин.', s: 'сек.' },
};

/** How long a customer has waited, ticking each second: "06 m. 20 s.", "2 h. 05 m. 20 s.", "1 d. 02 h. 05 m.". */
export function formatWait(ms: number, lang: Lang): string {
  const u = UNITS[lang];
  const total = Math.max(0, ms);
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const seconds = Math.floor((total % MINUTE) / SECOND);
  if (days > 0) return `${days} ${u.d} ${pad(hours)} ${u.h} ${pad(minutes)} ${u.m}`;
  if (hours > 0) return `${hours} ${u.h} ${pad(minutes)} ${u.m} ${pad(seconds)} ${u.s}`;
  return `${pad(minutes)} ${u.m} ${pad(seconds)} ${u.s}`;
}

/** The last message's age: "just now", "3 min ago", "5 h ago", "3 d ago" / «3 мин назад». */
export function formatAgo(ms: number, lang: Lang): string {
  const ru = lang === 'ru';
  if (ms < MINUTE) return ru ? 'только что' : 'just now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} ${ru ? 'мин назад' : 'min ago'}`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} ${ru ? 'ч назад' : 'h ago'}`;
  return `${Math.floor(ms / DAY)} ${ru ? 'дн назад' : 'd ago'}`;
}

/** The age formatAgo's label proves, at least: its number of whole units. */
export function provenAge(at: number, now: number): number {
  const ms = Math.max(0, now - at);
  for (const unit of [DAY, HOUR, MINUTE]) if (ms >= unit) return Math.floor(ms / unit) * unit;
  return 0;
}

/** A message's stamp: "14:05:20" today, with the date before it on other days. */
export function formatStamp(at: number, now: number, lang: Lang): string {
  const date = new Date(at);
  const today = new Date(now);
  const clock = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  if (date.toDateString() === today.toDateString()) return clock;
  const y = date.getFullYear();
  const m = pad(date.getMonth() + 1);
  const d = pad(date.getDate());
  return lang === 'ru' ? `${d}.${m}.${y} ${clock}` : `${y}-${m}-${d} ${clock}`;
}

/** The row's title, the only thing that names its chat in the markup. */
export function rowTitle(id: string, name: string, lang: Lang): string {
  return `${lang === 'ru' ? 'Чат' : 'Chat'} #${id} — ${name}`;
}
