import type { Observation } from '../domain/observation';
import { rowOnPath, scanPage } from './engine';
import type { OpenRowMemory } from './open-row';
import { createScanBudget, type ScanBudget } from './scan-budget';
import { scopeRoots } from './search-scope';
import type { SiteProfile } from './site-profile';

/** The timing primitives the sensor uses; tests pass a fake one. */
export interface SensorScheduler {
  requestFrame(callback: () => void): number;
  cancelFrame(id: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  isHidden(): boolean;
  /** A monotonic clock in milliseconds (how long a scan took). */
  now(): number;
}

export interface SensorOptions {
  root: Node & ParentNode;
  profile: SiteProfile;
  site: string;
  /** Called with the first observation, then only when what the page shows has changed. */
  onObservation(observation: Observation): void;
  /** Nodes whose own mutations never trigger a scan (the overlay's host element). */
  ignore?: (node: Node) => boolean;
  scheduler?: SensorScheduler;
  /** How long a hidden tab coalesces mutations before scanning. */
  hiddenDelayMs?: number;
  /** Called after every scan, changed or not (the page may have moved: re-place badges). */
  onScan?: () => void;
  /** How much of the main thread scans may take; see scan-budget.ts. */
  budget?: ScanBudget;
  /** Scans stayed too slow, so the sensor stopped: the operator should be told. */
  onPaused?: () => void;
}

export interface Sensor {
  /** Scans at once (emitting if the page changed) and returns what it saw. */
  scanNow(): Observation;
  stop(): void;
  /** The last observation passed to onObservation. */
  last(): Observation | null;
  /** Scans stayed too slow and stopped (until the page is reloaded). */
  paused(): boolean;
  /** The element the last scan read for a row, while it is still in the page. */
  rowElement(key: string): Element | null;
}

/** Makes the browser lay the page out now (reading a box does), so reading it later costs nothing. */
function settleLayout(doc: Document) {
  doc.documentElement?.getBoundingClientRect();
}

function browserScheduler(doc: Document): SensorScheduler {
  const view: Window = doc.defaultView ?? window;
  return {
    requestFrame: (callback) => view.requestAnimationFrame(callback),
    cancelFrame: (id) => view.cancelAnimationFrame(id),
    setTimeout: (callback, ms) => view.setTimeout(callback, ms),
    clearTimeout: (id) => view.clearTimeout(id),
    isHidden: () => doc.hidden,
    now: () => view.performance.now(),
  };
}

/**
 * Watches the page and reports Observations: mutations are coalesced into one
 * scan per animation frame, and a scan is reported only when its result differs
 * from the last one reported. Scans keep to a share of the main thread (a slow
 * one is followed by a longer pause) and stop if they stay slow.
 */
export function createSensor({
  root,
  profile,
  site,
  onObservation,
  ignore,
  scheduler: givenScheduler,
  hiddenDelayMs = 250,
  onScan,
  budget = createScanBudget(),
  onPaused,
}: SensorOptions): Sensor {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const scheduler = givenScheduler ?? browserScheduler(doc);
  const view = doc.defaultView;

  let pending: { kind: 'frame' | 'timeout'; id: number } | null = null;
  let lastObservation: Observation | null = null;
  let rowElements = new Map<string, Element>();
  let lastSerialised = '';
  let stopped = false;
  let paused = false;
  /** The budget's pause after the last scan ends here (scheduler time). */
  let notBefore = 0;
  const openMemory: OpenRowMemory = { pressed: null, learnedClass: null, pressedKey: null };

  const cancelPending = () => {
    if (!pending) return;
    if (pending.kind === 'frame') scheduler.cancelFrame(pending.id);
    else scheduler.clearTimeout(pending.id);
    pending = null;
  };

  const scan = (): Observation => {
    cancelPending();
    if (paused && lastObservation) return lastObservation;
    // The page's own changes are laid out in this frame whether we read them or not; the
    // budget is for our work, so that layout is settled first (a hidden tab has no frames: counted).
    if (!scheduler.isHidden()) settleLayout(doc);
    const started = scheduler.now();
    watchScopes();
    const { observation, rowElements: elements } = scanPage(root, profile, site, Date.now(), openMemory);
    rowElements = elements;
    // Observations are plain data built in a fixed key order, so equal JSON means equal content.
    const serialised = JSON.stringify(observation);
    if (!stopped && serialised !== lastSerialised) {
      lastSerialised = serialised;
      lastObservation = observation;
      onObservation(observation);
    }
    onScan?.();
    const ended = scheduler.now();
    const { waitMs, paused: tooSlow } = budget.afterScan(ended - started);
    notBefore = ended + waitMs;
    if (tooSlow && !paused && !stopped) pause();
    return observation;
  };

  const schedule = () => {
    if (stopped || paused || pending) return;
    const wait = notBefore - scheduler.now();
    // A hidden tab runs no animation frames; a customer writing meanwhile must still be seen.
    if (scheduler.isHidden())
      pending = { kind: 'timeout', id: scheduler.setTimeout(scan, Math.max(wait, hiddenDelayMs)) };
    // The last scan was slow: its pause first, then the frame as usual (layout is read in frames).
    else if (wait > 0) pending = { kind: 'timeout', id: scheduler.setTimeout(afterPause, wait) };
    else pending = { kind: 'frame', id: scheduler.requestFrame(scan) };
  };
  const afterPause = () => {
    pending = null;
    notBefore = 0;
    schedule();
  };

  /** The tab switched sides: a frame requested while visible would never run while hidden. */
  const reschedule = () => {
    cancelPending();
    schedule();
  };

  const isOurs = (node: Node) => ignore !== undefined && ignore(node);
  const isOwnMutation = (record: MutationRecord) => {
    if (isOurs(record.target)) return true;
    // Mounting or removing the overlay's host mutates the page's body, not the host.
    if (record.type !== 'childList') return false;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every(isOurs);
  };

  const observer = new MutationObserver((records) => {
    if (ignore && records.every(isOwnMutation)) return;
    schedule();
  });
  const watched = new WeakSet<Node>();
  /** Frames and shadow roots are not in the page's own subtree: watch each as it appears. */
  function watchScopes() {
    for (const scope of scopeRoots(root, profile) as (ParentNode & Node)[]) {
      if (watched.has(scope)) continue;
      watched.add(scope);
      observer.observe(scope, { childList: true, subtree: true, characterData: true, attributes: true });
    }
  }
  // The operator pressing a row is how a console's own mark for the open row is learned
  // (open-row.ts); captured before the console's handlers redraw the row.
  const onPress = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    const pressed = rowOnPath(event, profile);
    if (!pressed) return;
    openMemory.pressed = { key: pressed.key, before: new Set(pressed.row.classList), at: Date.now() };
  };
  doc.addEventListener('pointerdown', onPress, true);
  doc.addEventListener('visibilitychange', reschedule);
  // A single-page desk re-renders on a route change, so mutations normally trigger the
  // scan already; this is a cheap safety net (an unchanged result is not emitted).
  view?.addEventListener('popstate', schedule);
  view?.addEventListener('hashchange', schedule);
  // A frame that (re)loads brings a new document: `load` does not bubble, but capture sees it.
  doc.addEventListener('load', schedule, true);

  /** Stops watching mutations; the last observation stands and the operator is told. */
  function pause() {
    paused = true;
    cancelPending();
    observer.disconnect();
    onPaused?.();
  }

  scan();

  return {
    scanNow: scan,
    last: () => lastObservation,
    paused: () => paused,
    rowElement(key) {
      const element = rowElements.get(key);
      return element?.isConnected ? element : null;
    },
    stop() {
      stopped = true;
      cancelPending();
      observer.disconnect();
      doc.removeEventListener('pointerdown', onPress, true);
      doc.removeEventListener('visibilitychange', reschedule);
      view?.removeEventListener('popstate', schedule);
      view?.removeEventListener('hashchange', schedule);
      doc.removeEventListener('load', schedule, true);
    },
  };
}
