// Connects the pure simulation to the page: supplies the real clock, ticks the
// sim on a timer, and tells React when something visible changed. Ticks that
// fire nothing notify nobody, so an idle desk does not re-render.
import type { Speed } from '../sim/desk-limits.ts';
import { DeskSim } from '../sim/desk-sim.ts';
import type { Conversation } from '../sim/types.ts';
import type { SimParams } from './desk-params.ts';

export interface DeskSnapshot {
  /** Newest activity first. */
  readonly conversations: readonly Conversation[];
  readonly activeId: string | null;
  readonly active: Conversation | undefined;
  readonly seed: number;
  readonly chats: number;
  readonly speed: Speed;
}

export interface DeskStoreOptions extends SimParams {
  /** Real time source; tests pass a fixed clock. */
  readonly clock?: () => number;
}

/** A tick every half second is smooth enough even at 60× (a sim half-minute per tick). */
const TICK_MS = 500;

export class DeskStore {
  readonly #clock: () => number;
  readonly #listeners = new Set<() => void>();
  #sim: DeskSim;
  #snapshot: DeskSnapshot;
  #snapshotOf: { sim: DeskSim; version: number };
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: DeskStoreOptions) {
    this.#clock = options.clock ?? Date.now;
    const { seed, chats, speed } = options;
    this.#sim = new DeskSim({ seed, chats, speed, now: this.#clock() });
    this.#snapshot = this.#takeSnapshot();
    this.#snapshotOf = { sim: this.#sim, version: this.#sim.version };
  }

  /** The running simulation (read-only use; change it through `update`). */
  get sim(): DeskSim {
    return this.#sim;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): DeskSnapshot => this.#snapshot;

  /** Applies a change at the current real time, then publishes it. */
  update<T>(change: (sim: DeskSim, now: number) => T): T {
    try {
      return change(this.#sim, this.#clock());
    } finally {
      this.#publish();
    }
  }

  open(id: string | null): void {
    this.update((sim) => sim.open(id));
  }

  send(id: string, text: string, asNote: boolean): void {
    this.update((sim, now) => (asNote ? sim.addNote(id, text, now) : sim.reply(id, text, now)));
  }

  setSpeed(speed: Speed): void {
    this.update((sim, now) => sim.setSpeed(speed, now));
  }

  /** Starts a fresh simulation; omitted parameters keep their current values. */
  reset(params: Partial<SimParams> = {}): void {
    const current = this.#sim;
    this.#sim = new DeskSim({
      seed: params.seed ?? current.seed,
      chats: params.chats ?? current.chats,
      speed: params.speed ?? current.speed,
      now: this.#clock(),
    });
    this.#publish();
  }

  start(): void {
    this.#timer ??= setInterval(() => this.update((sim, now) => sim.tick(now)), TICK_MS);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #publish(): void {
    const sim = this.#sim;
    if (this.#snapshotOf.sim === sim && this.#snapshotOf.version === sim.version) return;
    this.#snapshot = this.#takeSnapshot();
    this.#snapshotOf = { sim, version: sim.version };
    for (const listener of this.#listeners) listener();
  }

  #takeSnapshot(): DeskSnapshot {
    const sim = this.#sim;
    const activeId = sim.activeId;
    return {
      conversations: sim.conversations(),
      activeId,
      active: activeId === null ? undefined : sim.conversation(activeId),
      seed: sim.seed,
      chats: sim.chats,
      speed: sim.speed,
    };
  }
}
