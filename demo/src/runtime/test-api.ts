// window.nzDemo: a remote control for e2e tests only (the extension never uses
// it). Every call is synchronous and returns plain JSON. `commit` lets the page
// flush React synchronously, so the DOM is up to date when a call returns.
import { isSpeed, type Speed } from '../sim/desk-limits.ts';
import type { Author, Lang } from '../sim/types.ts';
import { activeComposer } from '../ui/composers/active-composer.ts';
import type { ComposerKind } from '../ui/composers/composer-kind.ts';
import type { SimParams } from './desk-params.ts';
import type { DeskStore } from './desk-store.ts';

export interface ConversationSummary {
  id: string;
  name: string;
  unread: number;
  vip: boolean;
  lang: Lang;
  lastAuthor: Author | null;
  lastText: string;
  /** Wall-clock ms of the last message. */
  lastAt: number;
}

export interface MessageRecord {
  id: string;
  author: Author;
  text: string;
  /** Wall-clock ms when it appeared. */
  at: number;
}

export interface NzDemoApi {
  addCustomerMessage(conversationId: string, text: string): void;
  addMessage(conversationId: string, message: { author: Author; text: string }): void;
  addConversation(input: { name: string; text: string; vip?: boolean; lang?: Lang }): string;
  advance(ms: number): void;
  setSpeed(speed: Speed): void;
  open(conversationId: string): void;
  list(): ConversationSummary[];
  messages(conversationId: string): MessageRecord[];
  activeId(): string | null;
  reset(params?: Partial<SimParams>): void;
  /**
   * What the open chat's editor holds, read through the editor's own API (its
   * model, not the DOM); null when no chat is open or its editor is still loading.
   */
  composerModel(): { kind: ComposerKind; text: string } | null;
}

declare global {
  interface Window {
    nzDemo?: NzDemoApi;
  }
}

const AUTHORS: readonly Author[] = ['customer', 'operator', 'note', 'bot'];

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`nzDemo: ${what} must be a string`);
  return value;
}

export function createTestApi(
  store: DeskStore,
  commit: (apply: () => void) => void = (apply) => apply(),
): NzDemoApi {
  const change = (apply: () => void): void => commit(apply);
  return {
    addCustomerMessage(conversationId, text) {
      const id = requireString(conversationId, 'conversationId');
      const body = requireString(text, 'text');
      change(() => store.update((sim, now) => sim.addCustomerMessage(id, body, now)));
    },
    addMessage(conversationId, message) {
      const id = requireString(conversationId, 'conversationId');
      const body = requireString(message?.text, 'message.text');
      const author = message.author;
      if (!AUTHORS.includes(author)) throw new TypeError(`nzDemo: unknown author ${String(author)}`);
      change(() => store.update((sim, now) => sim.addMessage(id, author, body, now)));
    },
    addConversation(input) {
      const name = requireString(input?.name, 'name').trim();
      const text = requireString(input.text, 'text');
      if (!name) throw new TypeError('nzDemo: name must not be empty');
      let id = '';
      change(() => {
        id = store.update((sim, now) =>
          sim.addConversation(
            { name, text, vip: input.vip === true, lang: input.lang === 'en' ? 'en' : 'ru' },
            now,
          ),
        );
      });
      return id;
    },
    advance(ms) {
      change(() => store.update((sim, now) => sim.advance(ms, now)));
    },
    setSpeed(speed) {
      if (!isSpeed(speed)) throw new RangeError(`nzDemo: speed must be 0, 1, 10 or 60, got ${String(speed)}`);
      change(() => store.setSpeed(speed));
    },
    open(conversationId) {
      const id = requireString(conversationId, 'conversationId');
      change(() => store.open(id));
    },
    list() {
      return store.sim.conversations().map((conv) => {
        const last = conv.messages.at(-1);
        return {
          id: conv.id,
          name: conv.name,
          unread: conv.unread,
          vip: conv.vip,
          lang: conv.lang,
          lastAuthor: last?.author ?? null,
          lastText: last?.text ?? '',
          lastAt: conv.lastAt,
        };
      });
    },
    messages(conversationId) {
      const conv = store.sim.conversation(requireString(conversationId, 'conversationId'));
      if (!conv) throw new RangeError(`nzDemo: unknown conversation ${JSON.stringify(conversationId)}`);
      return conv.messages.map(({ id, author, text, at }) => ({ id, author, text, at }));
    },
    activeId() {
      return store.sim.activeId;
    },
    reset(params = {}) {
      const { seed, chats, speed } = params ?? {};
      if (speed !== undefined && !isSpeed(speed)) {
        throw new RangeError(`nzDemo: speed must be 0, 1, 10 or 60, got ${String(speed)}`);
      }
      const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined);
      change(() => store.reset({ seed: numberOrUndefined(seed), chats: numberOrUndefined(chats), speed }));
    },
    composerModel() {
      const composer = activeComposer();
      return composer ? { kind: composer.kind, text: composer.handle.read() } : null;
    },
  };
}
