// The demo desk's simulation: conversations, scripted customers and a clock of
// its own. Pure: it never reads the real clock; every call that depends on
// time takes `now` (real wall-clock ms) from the caller.
//
// Two clocks are involved. Sim time (ms) runs at `speed` × real time and
// decides when scripted events fire. Messages are stamped with the real time
// at which they appear, because the extension measures real waiting time.
import {
  clampChats,
  DEFAULT_SPEED,
  isSpeed,
  MINUTE,
  normalizeSeed,
  SECOND,
  type Speed,
} from './desk-limits.ts';
import { EventQueue, type SimEvent } from './event-queue.ts';
import { HISTORY_NOTE, PERSONAS, QUEUE_NOTICE, type Persona, type Step } from './personas.ts';
import { renderPhrase, type Phrase, type PhraseVars } from './phrase.ts';
import { mulberry32, randInt, type Rng } from './prng.ts';
import { conversationId, MAX_HISTORY_MS, seedCustomers, type CustomerProfile } from './seed-customers.ts';
import type { Author, Conversation, Lang, Message } from './types.ts';

export interface DeskSimOptions {
  readonly seed: number;
  readonly chats: number;
  readonly speed?: Speed;
  /** Real time of page load: the backdated history ends here. */
  readonly now: number;
}

export interface NewConversation {
  readonly name: string;
  readonly text: string;
  readonly vip?: boolean;
  readonly lang?: Lang;
}

/** A scheduled event as tests see it. */
export interface PendingEvent {
  /** Sim ms from the current sim time until it fires. */
  readonly dueInMs: number;
  readonly conversationId: string;
  readonly author: Author;
  readonly text: string;
  readonly nag: boolean;
}

interface ConversationState {
  conv: Conversation;
  /** null for conversations added by hand: they follow no script. */
  readonly persona: Persona | null;
  readonly rng: Rng;
  readonly topic: number;
  readonly vars: PhraseVars;
  /** Index into persona.reactions of the next reaction to an operator reply. */
  reactionIndex: number;
  /** History only: how many more operator replies to script. */
  plannedReplies: number;
  /** History only: index into persona.operatorLines. */
  operatorLine: number;
  /** History only: whether an internal note was already left. */
  noted: boolean;
}

/**
 * The backdated history is produced by running the same scripts over the
 * HISTORY_MS before page load, with a scripted operator answering some chats.
 * It must be longer than the oldest conversation.
 */
const HISTORY_MS = MAX_HISTORY_MS + 5 * MINUTE;

/** Complaints, refunds and VIPs are the chats where operators leave notes. */
const NOTE_PERSONAS = new Set(['complainer', 'refund', 'vip']);

export class DeskSim {
  readonly seed: number;
  readonly chats: number;

  #speed: Speed;
  #simTime = 0;
  #lastReal: number;
  #version = 0;
  #inHistory = true;
  #activeId: string | null = null;
  #messageSeq = 0;
  #eventSeq = 0;
  #conversationSeq = 0;
  readonly #states = new Map<string, ConversationState>();
  readonly #queue = new EventQueue();
  #sorted: readonly Conversation[] | null = null;

  constructor(options: DeskSimOptions) {
    this.seed = normalizeSeed(options.seed);
    this.chats = clampChats(options.chats);
    this.#speed = isSpeed(options.speed) ? options.speed : DEFAULT_SPEED;
    const historyStart = options.now - HISTORY_MS;
    this.#lastReal = options.now;

    for (const profile of seedCustomers(this.seed, this.chats)) this.#addScripted(profile);
    // History runs at speed 1, so sim time maps straight onto the past.
    this.#runUntil(HISTORY_MS, (event) => historyStart + event.at);
    this.#queue.removeWhere((event) => event.historyOnly);
    this.#inHistory = false;
  }

  // ---- reading ----

  /** Bumps on every change a viewer could notice (not on mere clock ticks). */
  get version(): number {
    return this.#version;
  }

  get speed(): Speed {
    return this.#speed;
  }

  get activeId(): string | null {
    return this.#activeId;
  }

  /** Sim ms since page load. */
  get simElapsed(): number {
    return this.#simTime - HISTORY_MS;
  }

  /** Newest activity first, like real desks (so rows move). */
  conversations(): readonly Conversation[] {
    this.#sorted ??= [...this.#states.values()]
      .map((state) => state.conv)
      .sort((a, b) => b.lastAt - a.lastAt || b.lastSeq - a.lastSeq);
    return this.#sorted;
  }

  conversation(id: string): Conversation | undefined {
    return this.#states.get(id)?.conv;
  }

  pending(): PendingEvent[] {
    return this.#queue.toArray().map((event) => ({
      dueInMs: event.at - this.#simTime,
      conversationId: event.conversationId,
      author: event.author,
      text: event.text,
      nag: event.nag,
    }));
  }

  // ---- time ----

  /** Advances sim time by the real time elapsed since the last call, × speed. */
  tick(now: number): void {
    const elapsed = Math.max(0, now - this.#lastReal);
    this.#lastReal = Math.max(this.#lastReal, now);
    if (this.#speed === 0 || elapsed === 0) return;
    this.#runUntil(this.#simTime + elapsed * this.#speed, () => now);
  }

  /** Jumps sim time forward by `ms`, firing every event that falls due (all stamped `now`). */
  advance(ms: number, now: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance(ms): expected ms >= 0, got ${ms}`);
    this.tick(now);
    this.#runUntil(this.#simTime + ms, () => now);
  }

  setSpeed(speed: Speed, now: number): void {
    if (!isSpeed(speed)) throw new RangeError(`setSpeed: expected 0, 1, 10 or 60, got ${String(speed)}`);
    this.tick(now); // time so far counts at the old speed
    if (speed === this.#speed) return;
    this.#speed = speed;
    this.#changed();
  }

  // ---- operator ----

  /** Opens a conversation (null closes the pane); opening marks it read. */
  open(id: string | null): void {
    let changed = id !== this.#activeId;
    if (id !== null) {
      const state = this.#state(id);
      if (state.conv.unread > 0) {
        state.conv = { ...state.conv, unread: 0 };
        changed = true;
      }
    }
    this.#activeId = id;
    if (changed) this.#changed();
  }

  /** The operator replies: the customer may react after a delay. */
  reply(id: string, text: string, now: number): void {
    this.tick(now);
    this.#operatorReply(this.#state(id), text, now, this.#simTime);
  }

  addNote(id: string, text: string, now: number): void {
    this.tick(now);
    this.#append(this.#state(id), 'note', text, now);
  }

  addBotMessage(id: string, text: string, now: number): void {
    this.tick(now);
    this.#append(this.#state(id), 'bot', text, now);
  }

  // ---- the outside world (test API) ----

  addCustomerMessage(id: string, text: string, now: number): void {
    this.tick(now);
    this.#append(this.#state(id), 'customer', text, now);
  }

  addMessage(id: string, author: Author, text: string, now: number): void {
    switch (author) {
      case 'customer':
        return this.addCustomerMessage(id, text, now);
      case 'operator':
        return this.reply(id, text, now);
      case 'note':
        return this.addNote(id, text, now);
      case 'bot':
        return this.addBotMessage(id, text, now);
      default:
        throw new RangeError(`addMessage: unknown author ${String(author)}`);
    }
  }

  /** A new customer writes now. Returns the new conversation's id. */
  addConversation(input: NewConversation, now: number): string {
    this.tick(now);
    const id = conversationId(++this.#conversationSeq);
    const state: ConversationState = {
      conv: emptyConversation(id, input.name, input.lang ?? 'ru', input.vip ?? false, 'manual'),
      persona: null,
      rng: mulberry32(0),
      topic: 0,
      vars: {},
      reactionIndex: 0,
      plannedReplies: 0,
      operatorLine: 0,
      noted: true,
    };
    this.#states.set(id, state);
    this.#append(state, 'customer', input.text, now);
    return id;
  }

  // ---- internals ----

  #state(id: string): ConversationState {
    const state = this.#states.get(id);
    if (!state) throw new RangeError(`unknown conversation ${JSON.stringify(id)}`);
    return state;
  }

  #changed(): void {
    this.#version++;
    this.#sorted = null;
  }

  #addScripted(profile: CustomerProfile): void {
    const persona = PERSONAS[profile.persona];
    const state: ConversationState = {
      conv: emptyConversation(profile.id, profile.name, profile.lang, profile.vip, profile.persona),
      persona,
      rng: mulberry32(profile.behaviourSeed),
      topic: profile.topic,
      vars: profile.vars,
      reactionIndex: 0,
      plannedReplies: profile.plannedReplies,
      operatorLine: 0,
      noted: false,
    };
    this.#conversationSeq++;
    this.#states.set(profile.id, state);
    const start = HISTORY_MS - profile.startedAgoMs;
    this.#schedule(state, persona.opening, start, false);
    if (profile.queueNotice) this.#schedule(state, [QUEUE_NOTICE], start, false);
  }

  /** Schedules steps one after another, starting from sim time `from`. */
  #schedule(state: ConversationState, steps: readonly Step[], from: number, reaction: boolean): void {
    let at = from;
    for (const step of steps) {
      at += randInt(state.rng, step.after[0], step.after[1]);
      this.#push(state, at, step.author, this.#say(state, step.text), { nag: step.nag ?? false, reaction });
    }
  }

  #push(
    state: ConversationState,
    at: number,
    author: Author,
    text: string,
    flags: { nag?: boolean; reaction?: boolean; historyOnly?: boolean },
  ): void {
    this.#queue.push({
      at,
      seq: ++this.#eventSeq,
      conversationId: state.conv.id,
      author,
      text,
      nag: flags.nag ?? false,
      reaction: flags.reaction ?? false,
      historyOnly: flags.historyOnly ?? false,
    });
  }

  #say(state: ConversationState, phrase: Phrase): string {
    return renderPhrase(phrase, state.conv.lang, state.topic, state.rng, state.vars);
  }

  /** Fires every event due by sim time `until`, then sets the clock there. */
  #runUntil(until: number, stamp: (event: SimEvent) => number): void {
    for (let next = this.#queue.peek(); next && next.at <= until; next = this.#queue.peek()) {
      this.#queue.shift();
      this.#simTime = Math.max(this.#simTime, next.at);
      this.#fire(next, stamp(next));
    }
    this.#simTime = Math.max(this.#simTime, until);
  }

  #fire(event: SimEvent, at: number): void {
    const state = this.#states.get(event.conversationId);
    if (!state) return;
    if (event.author === 'operator') {
      this.#operatorReply(state, event.text, at, event.at);
      if (this.#inHistory) this.#maybeNote(state, event.at);
      return;
    }
    this.#append(state, event.author, event.text, at);
    if (event.author === 'customer' && this.#inHistory) this.#planOperatorReply(state, event.at);
  }

  #operatorReply(state: ConversationState, text: string, at: number, simAt: number): void {
    this.#append(state, 'operator', text, at);
    const id = state.conv.id;
    this.#queue.removeWhere((event) => event.conversationId === id && event.nag);
    const persona = state.persona;
    if (!persona) return;
    // Three operator messages in a row still get one answer.
    if (this.#queue.some((event) => event.conversationId === id && event.reaction)) return;
    const steps = persona.reactions[state.reactionIndex];
    if (!steps) return; // said everything it had to say
    if (state.rng() < persona.quietChance) return; // went quiet; may answer the next reply
    state.reactionIndex++;
    this.#schedule(state, steps, simAt, true);
  }

  /** History: the scripted operator answers a customer after a while. */
  #planOperatorReply(state: ConversationState, simAt: number): void {
    const persona = state.persona;
    if (!persona || state.plannedReplies <= 0) return;
    const id = state.conv.id;
    if (this.#queue.some((event) => event.conversationId === id && event.author === 'operator')) return;
    state.plannedReplies--;
    const line = persona.operatorLines[Math.min(state.operatorLine++, persona.operatorLines.length - 1)];
    if (!line) return;
    const delay = randInt(state.rng, 40 * SECOND, 5 * MINUTE);
    this.#push(state, simAt + delay, 'operator', this.#say(state, line), { historyOnly: true });
  }

  /** History: touchy chats sometimes carry an internal note after the first answer. */
  #maybeNote(state: ConversationState, simAt: number): void {
    if (state.noted || !state.persona || !NOTE_PERSONAS.has(state.persona.kind)) return;
    state.noted = true;
    if (state.rng() < 0.5) return;
    const delay = randInt(state.rng, 10 * SECOND, 40 * SECOND);
    this.#push(state, simAt + delay, 'note', this.#say(state, HISTORY_NOTE), { historyOnly: true });
  }

  #append(state: ConversationState, author: Author, text: string, at: number): void {
    const seq = ++this.#messageSeq;
    const message: Message = { id: `m-${String(seq).padStart(5, '0')}`, seq, author, text, at };
    const prev = state.conv;
    let unread = prev.unread;
    // The open chat is being read; an operator reply means the chat was read.
    if (author === 'customer' && prev.id !== this.#activeId) unread++;
    if (author === 'operator') unread = 0;
    state.conv = {
      ...prev,
      messages: [...prev.messages, message],
      unread,
      startedAt: prev.messages.length > 0 ? prev.startedAt : at,
      lastAt: at,
      lastSeq: seq,
    };
    this.#changed();
  }
}

function emptyConversation(
  id: string,
  name: string,
  lang: Lang,
  vip: boolean,
  persona: Conversation['persona'],
): Conversation {
  return { id, name, lang, vip, persona, messages: [], unread: 0, startedAt: 0, lastAt: 0, lastSeq: 0 };
}
