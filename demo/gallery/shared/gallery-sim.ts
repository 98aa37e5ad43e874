// The simulation behind every gallery console: conversations with their
// history at load, live customer traffic from a seed, and what the operator
// does through a console (open, reply, note). Consoles only render it.
import { EN_FIRST, EN_SURNAMES, RU_FEMALE_FIRST, RU_MALE_FIRST, RU_SURNAMES } from '../../src/sim/names.ts';
import { mixSeed, mulberry32, pick, randInt, type Rng } from '../../src/sim/prng.ts';
import { HISTORY } from './gallery-history.ts';
import phrases from './gallery-phrases.json';
import type { GalleryAuthor, GalleryConversation, GalleryMessage, Lang } from './gallery-types.ts';

const MINUTE = 60_000;
/** Live traffic: one event every 15–45 s, at most this many conversations. */
const TRAFFIC_MIN_MS = 15_000;
const TRAFFIC_MAX_MS = 45_000;
const MAX_CONVERSATIONS = 30;
const FIRST_ID = 4101;

export interface GallerySimOptions {
  seed: number;
  /** Wall-clock ms the history is placed before. */
  now: number;
}

export function personName(rng: Rng, lang: Lang): string {
  if (lang === 'en') return `${pick(rng, EN_FIRST)} ${pick(rng, EN_SURNAMES)}`;
  const female = rng() < 0.5;
  const surname = pick(rng, RU_SURNAMES);
  return `${pick(rng, female ? RU_FEMALE_FIRST : RU_MALE_FIRST)} ${female ? `${surname}а` : surname}`;
}

export class GallerySim {
  private conversationList: GalleryConversation[] = [];
  private openConversation: string | null = null;
  private messageCount = 0;
  private readonly listeners = new Set<() => void>();
  private readonly rng: Rng;
  private trafficTimer: ReturnType<typeof setTimeout> | null = null;

  constructor({ seed, now }: GallerySimOptions) {
    this.rng = mulberry32(mixSeed(seed, 101));
    const names: string[] = [];
    const taken = new Set<string>();
    HISTORY.forEach((entry, index) => {
      const rng = mulberry32(mixSeed(seed, index));
      let name = entry.sameNameAs !== undefined ? names[entry.sameNameAs]! : personName(rng, entry.lang);
      // Names repeat only where the table says so.
      while (entry.sameNameAs === undefined && taken.has(name)) name = personName(rng, entry.lang);
      taken.add(name);
      names.push(name);
      const messages = entry.lines.map((line, lineIndex) =>
        this.message(
          line.author,
          this.historyText(rng, entry.lang, line.author, lineIndex, entry.topic),
          now - line.minutesAgo * MINUTE,
        ),
      );
      const trailingCustomer = countTrailingCustomer(messages);
      this.conversationList.push({
        id: String(FIRST_ID + index),
        name: entry.vip ? `${name} (${pick(rng, phrases.vipCompany[entry.lang])})` : name,
        lang: entry.lang,
        vip: Boolean(entry.vip),
        messages,
        unread: entry.read ? 0 : trailingCustomer,
      });
    });
  }

  conversations(): readonly GalleryConversation[] {
    return this.conversationList;
  }

  get(id: string): GalleryConversation | undefined {
    return this.conversationList.find((conversation) => conversation.id === id);
  }

  openId(): string | null {
    return this.openConversation;
  }

  /** The operator opens a conversation: its unread messages are read. */
  open(id: string | null): void {
    if (id !== null && !this.get(id)) throw new Error(`gallery: no conversation ${id}`);
    this.openConversation = id;
    if (id !== null) this.replace(id, (conversation) => ({ ...conversation, unread: 0 }));
    else this.emit();
  }

  /** A customer writes; unread grows unless the operator has that conversation open. */
  customerWrites(id: string, text: string, now: number): void {
    this.replace(id, (conversation) => ({
      ...conversation,
      messages: [...conversation.messages, this.message('customer', text, now)],
      unread: this.openConversation === id ? 0 : conversation.unread + 1,
    }));
  }

  /** What a console's Send does: a reply, or an internal note in note mode. */
  operatorSends(id: string, text: string, now: number, author: 'operator' | 'note' = 'operator'): void {
    const body = text.trim();
    if (!body) return;
    this.replace(id, (conversation) => ({
      ...conversation,
      messages: [...conversation.messages, this.message(author, body, now)],
    }));
  }

  startConversation(input: { name: string; lang: Lang; text: string; vip?: boolean }, now: number): string {
    const id = String(FIRST_ID + this.conversationList.length);
    this.conversationList = [
      ...this.conversationList,
      {
        id,
        name: input.name,
        lang: input.lang,
        vip: Boolean(input.vip),
        messages: [this.message('customer', input.text, now)],
        unread: 1,
      },
    ];
    this.emit();
    return id;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Customers write now and then: to answered conversations, waiting ones, or as new ones. */
  startTraffic(clock: () => number = Date.now): void {
    if (this.trafficTimer !== null) return;
    const next = () => {
      this.trafficTimer = setTimeout(
        () => {
          this.trafficStep(clock());
          next();
        },
        randInt(this.rng, TRAFFIC_MIN_MS, TRAFFIC_MAX_MS),
      );
    };
    next();
  }

  stopTraffic(): void {
    if (this.trafficTimer !== null) clearTimeout(this.trafficTimer);
    this.trafficTimer = null;
  }

  trafficStep(now: number): void {
    const roll = this.rng();
    if (roll < 0.15 && this.conversationList.length < MAX_CONVERSATIONS) {
      const lang: Lang = this.rng() < 0.5 ? 'ru' : 'en';
      this.startConversation(
        { name: personName(this.rng, lang), lang, text: pick(this.rng, phrases.customerFirst[lang]) },
        now,
      );
      return;
    }
    const target = pick(this.rng, this.conversationList);
    const list = target.messages.length === 0 ? phrases.customerFirst : phrases.customerMore;
    this.customerWrites(target.id, pick(this.rng, list[target.lang]), now);
  }

  private historyText(rng: Rng, lang: Lang, author: GalleryAuthor, index: number, topic: number): string {
    if (author === 'operator') return pick(rng, phrases.operator[lang]);
    if (author === 'note') return pick(rng, phrases.note[lang]);
    if (index === 0) return phrases.customerFirst[lang][topic % phrases.customerFirst[lang].length]!;
    return pick(rng, phrases.customerMore[lang]);
  }

  private message(author: GalleryAuthor, text: string, at: number): GalleryMessage {
    this.messageCount += 1;
    return { id: `m-${String(this.messageCount).padStart(4, '0')}`, author, text, at };
  }

  private replace(id: string, change: (conversation: GalleryConversation) => GalleryConversation): void {
    const index = this.conversationList.findIndex((conversation) => conversation.id === id);
    if (index < 0) throw new Error(`gallery: no conversation ${id}`);
    const next = [...this.conversationList];
    next[index] = change(next[index]!);
    this.conversationList = next;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Customer messages since the last operator reply (notes and bots do not answer). */
export function countTrailingCustomer(messages: readonly GalleryMessage[]): number {
  let count = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const author = messages[i]!.author;
    if (author === 'operator') break;
    if (author === 'customer') count += 1;
  }
  return count;
}

/** When the customer's wait began: the oldest customer message no operator reply has followed. */
export function waitingSince(conversation: GalleryConversation): number | null {
  let since: number | null = null;
  for (const message of conversation.messages) {
    if (message.author === 'operator') since = null;
    else if (message.author === 'customer' && since === null) since = message.at;
  }
  return since;
}

/** The newest message, for previews and sorting. */
export function lastMessage(conversation: GalleryConversation): GalleryMessage | undefined {
  return conversation.messages[conversation.messages.length - 1];
}
