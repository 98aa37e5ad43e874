// Who is in the queue when the page opens. Everything here follows from the
// seed; conversation i uses its own generator, so `chats=20` starts with the
// same twelve customers as `chats=12`.
import { MINUTE, SECOND } from './desk-limits.ts';
import { COMPANIES, EN_FIRST, EN_SURNAMES, RU_FEMALE_FIRST, RU_MALE_FIRST, RU_SURNAMES } from './names.ts';
import { PERSONA_KINDS, PERSONA_WEIGHTS, PERSONAS } from './personas.ts';
import type { PhraseVars } from './phrase.ts';
import { mixSeed, mulberry32, pick, randInt, shuffled, type Rng } from './prng.ts';
import type { Lang, PersonaKind } from './types.ts';

export interface CustomerProfile {
  readonly id: string;
  readonly name: string;
  readonly lang: Lang;
  readonly persona: PersonaKind;
  readonly vip: boolean;
  /** How long before page load the customer wrote first. */
  readonly startedAgoMs: number;
  /** How many times the operator had answered by page load (at most; time may run out). */
  readonly plannedReplies: number;
  /** Picks the aligned variants of the persona's `byTopic` phrases. */
  readonly topic: number;
  /** Whether the queue bot tells this customer to wait if nobody answers. */
  readonly queueNotice: boolean;
  readonly vars: PhraseVars;
  /** Seed of the generator that drives this customer's later behaviour. */
  readonly behaviourSeed: number;
}

const RUSSIAN_SHARE = 0.6;

/** The first message of a conversation is 2 to 40 minutes old at page load. */
export const MIN_HISTORY_MS = 2 * MINUTE;
export const MAX_HISTORY_MS = 40 * MINUTE;

export function conversationId(n: number): string {
  return `c-${String(n).padStart(3, '0')}`;
}

export function seedCustomers(seed: number, chats: number): CustomerProfile[] {
  // Every persona appears once before any repeats, so even a small desk shows
  // each kind of behaviour.
  const deck = shuffled(mulberry32(mixSeed(seed, 0x5eed)), PERSONA_KINDS);
  const usedNames = new Set<string>();
  const profiles: CustomerProfile[] = [];
  for (let i = 0; i < chats; i++) {
    const rng = mulberry32(mixSeed(seed, i + 1));
    const lang: Lang = rng() < RUSSIAN_SHARE ? 'ru' : 'en';
    const persona = deck[i] ?? pickPersona(rng);
    const { first, full } = uniqueName(rng, lang, usedNames);
    const replyRoll = rng();
    profiles.push({
      id: conversationId(i + 1),
      name: full,
      lang,
      persona,
      vip: PERSONAS[persona].vip,
      startedAgoMs: randInt(rng, MIN_HISTORY_MS / SECOND, MAX_HISTORY_MS / SECOND) * SECOND,
      plannedReplies: replyRoll < 0.45 ? 0 : replyRoll < 0.8 ? 1 : 2,
      topic: randInt(rng, 0, PERSONAS[persona].topics - 1),
      queueNotice: persona !== 'quick' && persona !== 'vip' && rng() < 0.3,
      vars: {
        first,
        order: lang === 'ru' ? `№${randInt(rng, 100000, 999999)}` : `#${randInt(rng, 100000, 999999)}`,
        amount: lang === 'ru' ? `${randInt(rng, 49, 1499) * 10} ₽` : `$${randInt(rng, 19, 249)}`,
        company: pick(rng, COMPANIES[lang]),
      },
      behaviourSeed: mixSeed(seed ^ 0xa5a5a5a5, i + 1),
    });
  }
  return profiles;
}

function pickPersona(rng: Rng): PersonaKind {
  const total = PERSONA_KINDS.reduce((sum, kind) => sum + PERSONA_WEIGHTS[kind], 0);
  let roll = rng() * total;
  for (const kind of PERSONA_KINDS) {
    roll -= PERSONA_WEIGHTS[kind];
    if (roll < 0) return kind;
  }
  return 'hello-quiet';
}

function randomName(rng: Rng, lang: Lang): { first: string; full: string } {
  if (lang === 'en') {
    const first = pick(rng, EN_FIRST);
    return { first, full: `${first} ${pick(rng, EN_SURNAMES)}` };
  }
  const female = rng() < 0.5;
  const first = pick(rng, female ? RU_FEMALE_FIRST : RU_MALE_FIRST);
  const surname = pick(rng, RU_SURNAMES);
  return { first, full: `${first} ${female ? `${surname}а` : surname}` };
}

/**
 * Two customers with one name would make list-based tests ambiguous; three
 * Jacks in a dozen chats just looks fake, so first names repeat only when the
 * generator struggles to find a fresh one.
 */
function uniqueName(rng: Rng, lang: Lang, used: Set<string>): { first: string; full: string } {
  let name = randomName(rng, lang);
  for (let tries = 0; tries < 60; tries++) {
    const firstTaken = used.has(name.first) && tries < 20;
    if (!firstTaken && !used.has(name.full)) break;
    name = randomName(rng, lang);
  }
  used.add(name.full);
  used.add(name.first);
  return name;
}
