import type { Observation } from '../domain/observation';
import { openKeysOf } from '../domain/tracker';
import { editableElement, isTextField } from '../insert/editable-element';
import { collapse } from './page-text';
import { allMatches, scopeRoots } from './search-scope';
import type { SelectorList, SiteProfile } from './site-profile';

/** The timers the watcher uses; tests pass fake ones. */
export interface SendWatcherTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface SendWatcherOptions {
  /** The helpdesk's document; its same-origin frames and open shadow roots the profile reaches are watched too. */
  root: Document;
  profile: SiteProfile;
  /** The latest observation the sensor reported: its one open conversation is the one replied in. */
  lastObservation(): Observation | null;
  /** The operator sent a reply in this conversation. */
  onSend(key: string): void;
  timers?: SendWatcherTimers;
  /** When the composer is checked after a Send, in ms from it: the first check, then retries. */
  checksMs?: readonly number[];
}

export interface SendWatcher {
  /** Watches frames that appeared since (the overlay calls it after each scan). */
  refresh(): void;
  stop(): void;
}

/** A composer's text when Send was pressed. */
interface Snapshot {
  editable: HTMLElement;
  text: string;
}

/** A pointer press on Send counts as the moment of sending when the click follows within this time. */
const PRESS_TO_CLICK_MS = 2000;

function matchesAny(element: Element, list: SelectorList | undefined): boolean {
  if (!list) return false;
  return list.some(({ css }) => {
    try {
      return element.matches(css);
    } catch {
      return false; // a selector this page cannot parse matches nothing (see engine.ts)
    }
  });
}

/** The first element of the event's path (shadow roots included) that the selectors match. */
function onPath(event: Event, list: SelectorList | undefined): HTMLElement | null {
  if (!list) return null;
  for (const target of event.composedPath()) {
    if (
      target instanceof Node &&
      target.nodeType === Node.ELEMENT_NODE &&
      matchesAny(target as Element, list)
    )
      return target as HTMLElement;
  }
  return null;
}

/** What the composer holds: a text field's value, an editor's rendered text; whitespace collapsed. */
function readText(editable: HTMLElement): string {
  if (isTextField(editable)) return collapse(editable.value);
  return collapse(editable.innerText ?? editable.textContent ?? '');
}

/**
 * Watches the operator's own Send in the open conversation: Enter (without
 * Shift, Ctrl, Alt or Meta) in the profile's composer, or a click on its send
 * button. The composer's text is taken at that moment; when it has left the
 * composer a moment later (the box is empty, or no longer holds it), the open
 * conversation is reported as replied in. Nothing is reported when the text was
 * empty, when it stays (the console refused to send), when the console is in its
 * note mode, or when the latest observation does not show exactly one open
 * conversation: certain or unknown, never a guess. Listens in the capture phase
 * and never stops or changes an event.
 */
export function watchSends({
  root,
  profile,
  lastObservation,
  onSend,
  timers: givenTimers,
  checksMs = [500, 1000, 1500],
}: SendWatcherOptions): SendWatcher {
  const view = root.defaultView;
  const timers: SendWatcherTimers = givenTimers ?? {
    setTimeout: (callback, ms) => (view ?? window).setTimeout(callback, ms),
    clearTimeout: (id) => (view ?? window).clearTimeout(id),
  };
  const listening = new Map<Document, () => void>();
  let timer: number | null = null;
  /** The composers' texts at the last press on Send, for a console that sends on press, not on click. */
  let pressed: { at: number; snapshots: Snapshot[] } | null = null;

  const scopes = () => scopeRoots(root, profile);

  const inNoteMode = () =>
    profile.noteMode !== undefined &&
    scopes().some((scope) => allMatches(scope, profile.noteMode).length > 0);

  const snapshotOf = (composer: HTMLElement): Snapshot => {
    const editable = editableElement(composer) ?? composer;
    return { editable, text: readText(editable) };
  };

  /** Every composer the profile finds, each editor once. */
  const allComposers = (): Snapshot[] => {
    const seen = new Set<HTMLElement>();
    const snapshots: Snapshot[] = [];
    for (const scope of scopes()) {
      for (const composer of allMatches(scope, profile.composer)) {
        const snapshot = snapshotOf(composer as HTMLElement);
        if (seen.has(snapshot.editable)) continue;
        seen.add(snapshot.editable);
        snapshots.push(snapshot);
      }
    }
    return snapshots;
  };

  /** Whether the text left its composer; a composer replaced after sending is read anew. */
  const left = ({ editable, text }: Snapshot) => {
    let now: string;
    if (editable.isConnected) now = readText(editable);
    else {
      const current = allComposers()[0];
      now = current ? current.text : '';
    }
    return now === '' || !now.includes(text);
  };

  const sent = (candidates: Snapshot[]) => {
    if (timer !== null) return; // one Send at a time: a second one within the check changes nothing
    const snapshots = candidates.filter((snapshot) => snapshot.text !== '');
    if (snapshots.length === 0 || inNoteMode()) return;
    const observation = lastObservation();
    const keys = observation ? [...openKeysOf(observation)] : [];
    if (keys.length !== 1) return;
    const key = keys[0]!;
    let attempt = 0;
    const check = () => {
      timer = null;
      if (snapshots.some(left)) return onSend(key);
      attempt += 1;
      if (attempt < checksMs.length)
        timer = timers.setTimeout(check, checksMs[attempt]! - checksMs[attempt - 1]!);
    };
    timer = timers.setTimeout(check, checksMs[0] ?? 0);
  };

  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || key.shiftKey || key.ctrlKey || key.altKey || key.metaKey) return;
    // Enter that ends an input method's composition is not a Send.
    if (key.isComposing || key.keyCode === 229) return;
    const composer = onPath(event, profile.composer);
    if (composer) sent([snapshotOf(composer)]);
  };

  const onPress = (event: Event) => {
    if (!onPath(event, profile.sendButton)) return;
    const snapshots = allComposers();
    // pointerdown then mousedown: a console that sent on the first leaves the second nothing to see.
    const recent = pressed !== null && event.timeStamp - pressed.at < PRESS_TO_CLICK_MS;
    if (recent && !snapshots.some((snapshot) => snapshot.text !== '')) return;
    pressed = { at: event.timeStamp, snapshots };
  };

  const onClick = (event: Event) => {
    if (!onPath(event, profile.sendButton)) return;
    let snapshots = allComposers();
    const press = pressed;
    pressed = null;
    if (press && event.timeStamp - press.at < PRESS_TO_CLICK_MS) {
      // Sent on press: the boxes may be empty by now, so their text at the press is what was sent.
      const atClick = snapshots;
      snapshots = [
        ...press.snapshots.map(
          (before) => atClick.find((now) => now.editable === before.editable && now.text !== '') ?? before,
        ),
        ...atClick.filter((now) => !press.snapshots.some((before) => before.editable === now.editable)),
      ];
    }
    sent(snapshots);
  };

  const listen = (doc: Document) => {
    if (listening.has(doc)) return;
    const options: AddEventListenerOptions = { capture: true, passive: true };
    doc.addEventListener('keydown', onKeyDown, options);
    doc.addEventListener('pointerdown', onPress, options);
    doc.addEventListener('mousedown', onPress, options);
    doc.addEventListener('click', onClick, options);
    listening.set(doc, () => {
      doc.removeEventListener('keydown', onKeyDown, options);
      doc.removeEventListener('pointerdown', onPress, options);
      doc.removeEventListener('mousedown', onPress, options);
      doc.removeEventListener('click', onClick, options);
    });
  };

  /** The page and its reachable frames' documents; events in shadow roots reach their document. */
  const refresh = () => {
    listen(root);
    for (const scope of scopes()) if (scope.nodeType === Node.DOCUMENT_NODE) listen(scope as Document);
  };
  // A frame that (re)loads brings a new document: `load` does not bubble, but capture sees it.
  root.addEventListener('load', refresh, true);
  refresh();

  return {
    refresh,
    stop() {
      root.removeEventListener('load', refresh, true);
      for (const stopListening of listening.values()) stopListening();
      listening.clear();
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
