import { generaliseRows, type Generalised } from './rows';
import { generaliseBubbles } from './bubbles';
import { generaliseInside } from './parts';
import { generaliseSingle } from './single-element';
import { keyAttributeFor, keyLinkFor } from './row-keys';
import { deepElementFromPoint } from './deep-hit-test';
import { rootOf } from './safe-dom';
import { frameOffset, listenInPageAndFrames } from '../frame-listeners';
import type { Proposal } from './proposal';
import { beforeNoteSwitch, learnNoteMode, type NoteSwitchBefore } from './note-mode';
import { closestAcross, queryDeep } from '../shadow-path';
import type { TeachAnswers } from './draft';
import { createScopeRecorder } from './scope';
import { timeRuleAt } from './time';
import { findTaughtComposer, sendBesideComposer } from './send-beside-composer';

export const teachSteps = [
  'rows',
  'name',
  'unread',
  'preview',
  'time',
  'customerBubble',
  'operatorBubble',
  'composer',
  'sendButton',
  'noteMode',
] as const;
export type TeachStep = (typeof teachSteps)[number];

export interface TeachState {
  step: TeachStep | 'review';
  /** The element under the pointer, in viewport pixels, to outline. */
  hover: { x: number; y: number; width: number; height: number } | null;
  /** What the current step found, when the operator clicked. */
  found: Partial<Record<TeachStep, Generalised>>;
  /** Why the last click taught nothing. */
  problem:
    | 'noRows'
    | 'notInRow'
    | 'noPart'
    | 'noBubbles'
    | 'sameSide'
    | 'notSingle'
    | 'notTime'
    | 'noNoteChange'
    | 'noSendBeside'
    | null;
  /** The rows (and composer) were proposed by the heuristic, not pointed at. */
  proposed: boolean;
}

/** A press and release farther apart than this is a drag (selecting text), not a click. */
const CLICK_SLOP_PX = 8;
/** When the console's answer to a click on its note switch is looked for: at once, then once more. */
const NOTE_CHECKS_MS = [150, 700] as const;

/**
 * Teach mode in the page: the pointer outlines elements, a click teaches the
 * current step (and never reaches the page), Esc cancels. Reads the page only.
 */
export function createTeachController(options: {
  doc: Document;
  /** The overlay's own elements: clicks there are the operator using the teach panel. */
  ours: (node: Node) => boolean;
  onChange: (state: TeachState) => void;
  onCancel: () => void;
  /** A draft from the heuristic: teaching starts from it, for the operator to confirm or correct. */
  proposal?: Proposal | null;
  /** The clock a clicked time is read against (tests pass a fixed one). */
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const { doc, ours } = options;
  const proposal = options.proposal ?? null;
  let state: TeachState = proposal
    ? {
        step: 'name',
        hover: null,
        found: { rows: proposal.rows, ...(proposal.composer ? { composer: proposal.composer } : {}) },
        problem: null,
        proposed: true,
      }
    : { step: 'rows', hover: null, found: {}, problem: null, proposed: false };
  const proposedRoot = proposal?.rowsRoot ?? doc;
  let keyAttribute: string | null = proposal ? keyAttributeFor(proposal.rows.css, proposedRoot) : null;
  let keyLink: string | null = proposal && !keyAttribute ? keyLinkFor(proposal.rows.css, proposedRoot) : null;
  /** The attribute a taught time is read from (`datetime`, `title`); null: its text. */
  let timeAttribute: string | null = null;
  const set = (patch: Partial<TeachState>) => {
    state = { ...state, ...patch };
    options.onChange(state);
  };

  const advance = () => {
    const index = teachSteps.indexOf(state.step as TeachStep);
    set({ step: teachSteps[index + 1] ?? 'review', problem: null });
  };

  const { frames, shadowHosts, noteScope } = createScopeRecorder(doc);
  if (proposal?.rowsRoot) noteScope(proposal.rowsRoot);

  const teach = (element: Element) => {
    const step = state.step;
    if (step === 'review') return;
    const root = rootOf(element);
    noteScope(root);
    let found: Generalised | null;
    if (step === 'rows') {
      found = generaliseRows(element);
      if (!found) return set({ problem: 'noRows' });
      const rowsRoot = rootOf(closestAcross(element, found.css) ?? element);
      keyAttribute = keyAttributeFor(found.css, rowsRoot);
      keyLink = keyAttribute ? null : keyLinkFor(found.css, rowsRoot);
      state = { ...state, proposed: false };
    } else if (step === 'name' || step === 'unread' || step === 'preview') {
      const rowsCss = state.found.rows!.css;
      const row = closestAcross(element, rowsCss);
      if (!row) return set({ problem: 'notInRow' });
      found = generaliseInside(element, row, rowsCss, rootOf(row), { inEveryRow: step === 'name' });
      if (!found) return set({ problem: 'noPart' });
    } else if (step === 'time') {
      const rowsCss = state.found.rows!.css;
      const row = closestAcross(element, rowsCss);
      if (!row) return set({ problem: 'notInRow' });
      const time = timeRuleAt(element, row, rowsCss, now());
      if (!time) return set({ problem: 'notTime' });
      found = time.part;
      timeAttribute = time.attribute;
    } else if (step === 'noteMode') {
      // Taught directly (tests, keyboard): the element is clicked for the console to switch.
      const before = noteBefore(element);
      (element as HTMLElement).click?.();
      if (!learnNote(before)) set({ problem: 'noNoteChange' });
      return;
    } else if (step === 'customerBubble' || step === 'operatorBubble') {
      const other = state.found[step === 'customerBubble' ? 'operatorBubble' : 'customerBubble'];
      // A bubble the other side's selector already takes is that side's, whatever it looks like.
      if (other && closestAcross(element, other.css)) return set({ problem: 'sameSide' });
      found = generaliseBubbles(element);
      if (!found) return set({ problem: 'noBubbles' });
    } else {
      // One element, found again for sure: never `div` or `svg` (another box would get the reply).
      const single = generaliseSingle(element, step);
      if (!single) return set({ problem: 'notSingle' });
      noteScope(rootOf(single.element));
      found = { css: single.css, count: single.count, why: single.why };
    }
    set({ found: { ...state.found, [step]: found } });
    advance();
  };

  /** The reply box as taught, looked for first in the switch's own document (a chat in a frame). */
  const noteBefore = (clicked: Element) => {
    const css = state.found.composer?.css;
    const composer = css ? (queryDeep(clicked.ownerDocument, css) ?? queryDeep(doc, css)) : null;
    return beforeNoteSwitch(clicked, composer);
  };
  /** Whether the note mode was learned from what changed since `before`. */
  const learnNote = (before: NoteSwitchBefore): boolean => {
    const learned = learnNoteMode(before);
    if (!learned) return false;
    noteScope(rootOf(before.toggle));
    set({ found: { ...state.found, noteMode: { css: learned.css, count: 1, why: learned.why } } });
    advance();
    return true;
  };
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  /** The console switches on the click after the release: its answer is looked for a moment later. */
  const learnNoteSoon = (before: NoteSwitchBefore, attempt = 0) => {
    const delay = NOTE_CHECKS_MS[attempt]! - (NOTE_CHECKS_MS[attempt - 1] ?? 0);
    noteTimer = setTimeout(() => {
      if (state.step !== 'noteMode' || learnNote(before)) return;
      if (attempt + 1 < NOTE_CHECKS_MS.length) learnNoteSoon(before, attempt + 1);
      else set({ problem: 'noNoteChange' });
    }, delay);
  };
  let notePressed: NoteSwitchBefore | null = null;

  /** The document an event happened in: the page's, or a frame's (its coordinates are the frame's). */
  const docOf = (event: Event) => (event.target as Node | null)?.ownerDocument ?? doc;
  const elementAt = (event: MouseEvent) => {
    const target = deepElementFromPoint(docOf(event), event.clientX, event.clientY);
    return target && !ours(target) ? target : null;
  };

  const onMove = (event: MouseEvent) => {
    if (ours(event.target as Node)) return set({ hover: null });
    const target = elementAt(event);
    const box = target?.getBoundingClientRect();
    // The outline is drawn in the page: a frame's element is shifted by the frame's place.
    const shift = target ? frameOffset(target.ownerDocument.defaultView) : { x: 0, y: 0 };
    set({
      hover: box
        ? { x: box.left + shift.x, y: box.top + shift.y, width: box.width, height: box.height }
        : null,
    });
  };
  // Nothing the operator clicks while teaching reaches the helpdesk, but the note switch:
  // the console must switch for Nezabudka to see what note mode looks like.
  const swallow = (event: Event) => {
    if (ours(event.target as Node) || state.step === 'noteMode') return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  /**
   * A press and release in one place teaches. Pointer events, not `click`: a button
   * the console disables while the reply box is empty (Send) gets no click, but a
   * person still points at it.
   */
  let pressedAt: { x: number; y: number } | null = null;
  const onPress = (event: PointerEvent) => {
    swallow(event);
    if (ours(event.target as Node) || event.button !== 0) return;
    pressedAt = { x: event.clientX, y: event.clientY };
    const target = elementAt(event);
    notePressed = state.step === 'noteMode' && target ? noteBefore(target) : null;
  };
  const onRelease = (event: PointerEvent) => {
    swallow(event);
    // Only the operator teaches: a page script's synthetic events are not a person pointing.
    if (ours(event.target as Node) || event.button !== 0 || !pressedAt || !event.isTrusted) return;
    const moved = Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y);
    pressedAt = null;
    if (moved > CLICK_SLOP_PX) return;
    if (state.step === 'noteMode') {
      // The console switches on the click that follows: its answer is read a moment later.
      if (notePressed) learnNoteSoon(notePressed);
      notePressed = null;
      return;
    }
    const target = elementAt(event) ?? (event.target as Element);
    teach(target);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    options.onCancel();
  };
  const swallowed = ['click', 'mousedown', 'mouseup', 'dblclick', 'contextmenu'] as const;

  // Also inside same-origin frames: a chat shown in an iframe is taught by clicks there.
  const unlisten = listenInPageAndFrames(doc.defaultView!, [
    ['mousemove', onMove as (event: Event) => void],
    ['pointerdown', onPress as (event: Event) => void],
    ['pointerup', onRelease as (event: Event) => void],
    ['keydown', onKey as (event: Event) => void],
    ...swallowed.map((type) => [type, swallow] as const),
  ]);
  options.onChange(state);

  return {
    /** For tests and the keyboard: teach from an element directly. */
    teach,
    skip: () => advance(),
    /** Send taught as the button beside the taught reply box (one that cannot be clicked while teaching). */
    sendBeside() {
      if (state.step !== 'sendButton') return;
      const css = state.found.composer?.css;
      const composer = css ? findTaughtComposer(doc, css) : null;
      const button = composer && sendBesideComposer(composer);
      if (!button) return set({ problem: 'noSendBeside' });
      teach(button);
    },
    back() {
      const index = state.step === 'review' ? teachSteps.length : teachSteps.indexOf(state.step);
      if (index > 0) set({ step: teachSteps[index - 1]!, problem: null });
    },
    answers(): TeachAnswers | null {
      const f = state.found;
      if (!f.rows) return null;
      return {
        rows: f.rows,
        keyAttribute,
        keyLink,
        name: f.name ?? null,
        unread: f.unread ?? null,
        preview: f.preview ?? null,
        time: f.time ? { ...f.time, attribute: timeAttribute } : null,
        customerBubble: f.customerBubble ?? null,
        operatorBubble: f.operatorBubble ?? null,
        composer: f.composer ?? null,
        sendButton: f.sendButton ?? null,
        noteMode: f.noteMode ?? null,
        frames: [...frames],
        shadowHosts: [...shadowHosts],
      };
    },
    stop() {
      clearTimeout(noteTimer);
      unlisten();
    },
  };
}

export type TeachController = ReturnType<typeof createTeachController>;
