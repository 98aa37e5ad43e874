import type { BadgeAnchor } from '../domain/badge-anchor';
import { coveredAt } from './badge-cover';
import { findBadgeAnchor, findRowElement } from './engine';
import type { SiteProfile } from './site-profile';

const GAP_PX = 6;

export interface AnchorTrackerOptions {
  root: ParentNode;
  profile: SiteProfile;
  /** The conversations that may need a badge. */
  keys: () => string[];
  onAnchors: (anchors: Record<string, BadgeAnchor>) => void;
  /** A row's element; by default found through the profile's selectors (the sensor knows it cheaper). */
  rowFor?: (key: string) => Element | null;
}

/** The box a row is clipped to: its nearest scrolling ancestor within the viewport, else the viewport. */
interface Clip {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function clipBox(element: Element): Clip {
  const view: Clip = { top: 0, bottom: innerHeight, left: 0, right: innerWidth };
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(node);
    if (
      [overflowX, overflowY].some(
        (overflow) => overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden',
      )
    ) {
      const rect = node.getBoundingClientRect();
      return {
        top: Math.max(view.top, rect.top),
        bottom: Math.min(view.bottom, rect.bottom),
        left: Math.max(view.left, rect.left),
        right: Math.min(view.right, rect.right),
      };
    }
  }
  return view;
}

/** Room a badge needs beside its anchor point, so that it stays whole inside its row. */
const BADGE_ROOM_PX = 72;

/**
 * The point a badge hangs from, kept inside the row's visible box: beside the
 * profile's anchor when it has one, else at the row's own end. A badge outside
 * its row (left of a list that touches the window's edge) is a badge nobody sees.
 */
export function badgePoint(
  row: DOMRectReadOnly,
  anchor: DOMRectReadOnly | null,
  side: 'before' | 'after',
  clip: Clip,
): number {
  const left = Math.max(row.left, clip.left);
  const right = Math.min(row.right, clip.right);
  const wanted = anchor
    ? side === 'before'
      ? anchor.left - GAP_PX
      : anchor.right + GAP_PX
    : side === 'before'
      ? right - GAP_PX
      : left + GAP_PX;
  const [lowest, highest] =
    side === 'before' ? [left + BADGE_ROOM_PX, right - GAP_PX] : [left + GAP_PX, right - BADGE_ROOM_PX];
  if (lowest > highest) return side === 'before' ? right - GAP_PX : left + GAP_PX;
  return Math.min(Math.max(wanted, lowest), highest);
}

/** How soon a badge hidden under something of the console is looked at again. */
const COVER_RECHECK_MS = 400;

/** Points inside a badge's box, from its anchor point inward, that must show the row. */
const BADGE_SPOTS_PX = [6, 30];

/** A badge's height with its border, and so the least of a row that must show for it to be drawn there. */
const BADGE_HEIGHT_PX = 20;

/**
 * The height a badge hangs at: level with its anchor (the row's middle without
 * one) while that shows, else the middle of the part of the row the list shows,
 * so a row half scrolled out of view still carries its badge. Null when too
 * little of the row shows for a badge.
 */
export function badgeY(row: DOMRectReadOnly, anchor: DOMRectReadOnly | null, clip: Clip): number | null {
  const top = Math.max(row.top, clip.top);
  const bottom = Math.min(row.bottom, clip.bottom);
  if (row.height <= 0 || bottom - top < Math.min(BADGE_HEIGHT_PX, row.height)) return null;
  const box = anchor && anchor.height > 0 ? anchor : row;
  const level = box.top + box.height / 2;
  if (level < top || level > bottom) return (top + bottom) / 2;
  // Level with the anchor, but whole inside what shows (the anchor may sit at its very edge).
  const half = BADGE_HEIGHT_PX / 2;
  return bottom - top < BADGE_HEIGHT_PX
    ? (top + bottom) / 2
    : Math.min(Math.max(level, top + half), bottom - half);
}

/**
 * Measures where each row's badge goes, at most once per animation frame, and
 * only reads layout (never writes), so it cannot cause layout thrashing. Scrolls
 * anywhere in the page (captured) and resizes re-measure too.
 */
export function createAnchorTracker({
  root,
  profile,
  keys,
  onAnchors,
  rowFor = (key) => findRowElement(root, profile, key),
}: AnchorTrackerOptions) {
  let frame: number | null = null;
  let recheck: ReturnType<typeof setTimeout> | null = null;
  let previous = '';
  /** The conversations the last measuring placed, in order: new clocks for the same ones move nothing. */
  let measuredKeys: string | null = null;
  const side = profile.badge?.placement === 'end' ? 'after' : 'before';

  const measure = () => {
    frame = null;
    const anchors: Record<string, BadgeAnchor> = {};
    let clip: Clip | null = null;
    let someCovered = false;
    const wanted = keys();
    measuredKeys = wanted.join('\n');
    for (const key of wanted) {
      const row = rowFor(key);
      if (!row) continue;
      clip ??= clipBox(row);
      // A row inside a same-origin frame measures from the frame's corner.
      const frame = row.ownerDocument === document ? null : row.ownerDocument.defaultView?.frameElement;
      const offset = frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
      const shift = (rect: DOMRect) =>
        new DOMRect(rect.x + offset.left, rect.y + offset.top, rect.width, rect.height);
      const rowBox = shift(row.getBoundingClientRect());
      // Too little of the row shows for a badge whatever its anchor: most rows of a long list, on
      // every scroll frame, need no anchor looked for.
      if (badgeY(rowBox, null, clip) === null) {
        anchors[key] = null;
        continue;
      }
      const anchor = findBadgeAnchor(row, profile);
      const anchorBox = anchor === row ? null : shift(anchor.getBoundingClientRect());
      const y = badgeY(rowBox, anchorBox, clip);
      const x = y === null ? 0 : badgePoint(rowBox, anchorBox, side, clip);
      // Under a menu or a popover of the console, the badge would cover it: not drawn until it closes.
      const toward = side === 'before' ? -1 : 1;
      const covered =
        y !== null && BADGE_SPOTS_PX.some((inward) => coveredAt(document, row, x + toward * inward, y));
      anchors[key] = y === null || covered ? null : { x, y, side };
      someCovered ||= covered;
    }
    // What covers a badge (a menu, a hover popover, a panel closing) may go without a change the
    // sensor sees: look again shortly while any badge waits under something.
    if (someCovered && recheck === null)
      recheck = setTimeout(() => {
        recheck = null;
        schedule();
      }, COVER_RECHECK_MS);
    const serialised = JSON.stringify(anchors);
    if (serialised !== previous) {
      previous = serialised;
      onAnchors(anchors);
    }
  };

  const schedule = () => {
    // A hidden tab runs no frames; nobody sees badges there anyway.
    if (frame === null && !document.hidden) frame = requestAnimationFrame(measure);
  };
  const onScrollOrResize = () => schedule();
  addEventListener('scroll', onScrollOrResize, { capture: true, passive: true });
  addEventListener('resize', onScrollOrResize, { passive: true });
  document.addEventListener('visibilitychange', onScrollOrResize);

  return {
    schedule,
    /** Placed again only when other conversations need a badge (the page itself did not change). */
    keysChanged: () => {
      if (keys().join('\n') !== measuredKeys) schedule();
    },
    /** Measures now: for callers already inside an animation frame (the sensor's scan). */
    measureNow: () => {
      if (document.hidden) return;
      if (frame !== null) cancelAnimationFrame(frame);
      measure();
    },
    stop() {
      if (frame !== null) cancelAnimationFrame(frame);
      if (recheck !== null) clearTimeout(recheck);
      removeEventListener('scroll', onScrollOrResize, { capture: true });
      removeEventListener('resize', onScrollOrResize);
      document.removeEventListener('visibilitychange', onScrollOrResize);
    },
  };
}
