// window.nzGallery: the truth about a gallery console, for tests only. It lives
// in the page's main world; the extension (an isolated world) never sees it and
// must learn everything from the console's markup, as on any real helpdesk.
import { lastMessage, waitingSince, type GallerySim } from './gallery-sim.ts';
import type { GalleryAuthor, GalleryMessage, Lang, TeachPart } from './gallery-types.ts';

/** What a console tells the truth API about its own rendering. */
export interface ConsoleHooks {
  /** The element the conversation is drawn as; null when not in the DOM (virtualised away, another tab). */
  rowOf(id: string): Element | null;
  /** What the open conversation's reply box holds, read through the console's own state or editor model. */
  composerText(): string | null;
  /** Where a person would click to teach each part, on the conversation that is open (row parts: a waiting one). */
  teachTargets(): Partial<Record<TeachPart, Element | null>>;
  /** Whether the open conversation's reply box writes internal notes now, by the console's own state (default: never). */
  inNoteMode?(): boolean;
  /** Opens a conversation as a click in the console would (default: the sim's open). */
  open?(id: string): void;
  /** Closes the open conversation as the console's own way back to the list does (default: the sim's). */
  close?(): void;
  /**
   * How old (ms) a message of `at` is at least, going by the time the row prints for it
   * (default: a clock time to the minute). "1h" for 118 minutes proves one hour.
   */
  rowTimeProves?(at: number, now: number): number;
  /**
   * The row prints its time to the second — a full timestamp (`datetime`) or a wait in
   * seconds — so a wait read from it must be true within seconds (default: no).
   */
  rowShowsSeconds?(id: string): boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TruthConversation {
  id: string;
  name: string;
  lang: Lang;
  vip: boolean;
  unread: number;
  /** Wall-clock ms when the customer's current wait began; null when answered. */
  waitingSince: number | null;
  lastAuthor: GalleryAuthor | null;
  /** The row is drawn: in the page with a size and not hidden by style (it may be scrolled out of view). */
  rendered: boolean;
  /** The row on screen, in the top window's viewport; null when not rendered or not visible. */
  rect: Rect | null;
}

export interface NzGalleryApi {
  console: string;
  conversations(): TruthConversation[];
  openId(): string | null;
  messages(id: string): GalleryMessage[];
  customerWrites(id: string, text: string): void;
  startConversation(input: { name: string; lang: Lang; text: string; vip?: boolean }): string;
  open(id: string): void;
  /** Back to the list, for consoles that show the list or a conversation, not both. */
  close(): void;
  composerText(): string | null;
  /** The open conversation's reply box writes internal notes now (the console's own state). */
  inNoteMode(): boolean;
  /** Seconds the row's printed time proves its last message (any author's) is old, at least; null without one. */
  shownAge(id: string): number | null;
  /** The row prints its time to the second (a full timestamp or a wait in seconds). */
  shownToTheSecond(id: string): boolean;
  /** The point a person clicks to teach `part` (the middle of its text, or of the box), top-window viewport pixels. */
  teachPoint(part: TeachPart): { x: number; y: number } | null;
  traffic(on: boolean): void;
}

declare global {
  interface Window {
    nzGallery?: NzGalleryApi;
  }
}

/** The element's box in the top window's viewport, through any same-origin frames it sits in. */
export function topRect(element: Element, box?: DOMRect): Rect {
  const own = box ?? element.getBoundingClientRect();
  let x = own.left;
  let y = own.top;
  let view: Window | null = element.ownerDocument.defaultView;
  while (view && view !== view.parent && view.frameElement) {
    const frame = view.frameElement.getBoundingClientRect();
    x += frame.left + view.frameElement.clientLeft;
    y += frame.top + view.frameElement.clientTop;
    view = view.parent;
  }
  return { x, y, width: own.width, height: own.height };
}

/** In the page with a size and not hidden by style, wherever it is scrolled. */
export function isRendered(element: Element | null): boolean {
  if (!element || !element.isConnected) return false;
  if (
    typeof element.checkVisibility === 'function' &&
    !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
  )
    return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** The element's parent, stepping out of a shadow root to its host. */
function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The part of the element a person can see, in the top viewport: rendered with a
 * size, not hidden by style, and not clipped away by a scrolling ancestor or the
 * window. Clipping by ancestors is checked within the element's own document.
 */
export function visibleRect(element: Element | null): Rect | null {
  if (!element || !element.isConnected) return null;
  if (
    typeof element.checkVisibility === 'function' &&
    !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
  )
    return null;
  const own = element.getBoundingClientRect();
  let left = own.left;
  let top = own.top;
  let right = own.right;
  let bottom = own.bottom;
  const view = element.ownerDocument.defaultView;
  for (let up = parentAcrossShadow(element); up && view; up = parentAcrossShadow(up)) {
    const style = view.getComputedStyle(up);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = up.getBoundingClientRect();
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.right);
    bottom = Math.min(bottom, clip.bottom);
  }
  if (right - left < 1 || bottom - top < 1) return null;
  const rect = topRect(element, new DOMRect(left, top, right - left, bottom - top));
  const x0 = Math.max(rect.x, 0);
  const y0 = Math.max(rect.y, 0);
  const x1 = Math.min(rect.x + rect.width, window.innerWidth);
  const y1 = Math.min(rect.y + rect.height, window.innerHeight);
  return x1 - x0 >= 1 && y1 - y0 >= 1 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/** The middle of an element's first visible text, where a person aims; its box's middle when it has none. */
function pointOf(element: Element): { x: number; y: number } | null {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) {
      const rect = topRect(element, box);
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
  }
  const rect = visibleRect(element);
  return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
}

export function installGroundTruth(name: string, sim: GallerySim, hooks: ConsoleHooks): NzGalleryApi {
  const api: NzGalleryApi = {
    console: name,
    conversations: () =>
      sim.conversations().map((conversation) => ({
        id: conversation.id,
        name: conversation.name,
        lang: conversation.lang,
        vip: conversation.vip,
        unread: conversation.unread,
        waitingSince: waitingSince(conversation),
        lastAuthor: lastMessage(conversation)?.author ?? null,
        rendered: isRendered(hooks.rowOf(conversation.id)),
        rect: visibleRect(hooks.rowOf(conversation.id)),
      })),
    openId: () => sim.openId(),
    messages: (id) => [...(sim.get(id)?.messages ?? [])],
    customerWrites: (id, text) => sim.customerWrites(id, text, Date.now()),
    startConversation: (input) => sim.startConversation(input, Date.now()),
    open: (id) => (hooks.open ? hooks.open(id) : sim.open(id)),
    close: () => (hooks.close ? hooks.close() : sim.open(null)),
    composerText: () => hooks.composerText(),
    inNoteMode: () => hooks.inNoteMode?.() ?? false,
    shownAge: (id) => {
      const last = sim.get(id)?.messages.at(-1);
      if (!last) return null;
      const now = Date.now();
      const proves = hooks.rowTimeProves ?? ((at: number, to: number) => Math.max(0, to - at - 60_000));
      return proves(last.at, now) / 1000;
    },
    shownToTheSecond: (id) => hooks.rowShowsSeconds?.(id) ?? false,
    teachPoint: (part) => {
      const element = hooks.teachTargets()[part];
      return element ? pointOf(element) : null;
    },
    traffic: (on) => (on ? sim.startTraffic() : sim.stopTraffic()),
  };
  window.nzGallery = api;
  return api;
}
