import type { BadgeAnchor } from '../state/overlay-store';
import { findBadgeAnchor, findRowElement } from './engine';
import type { SiteProfile } from './site-profile';

const GAP_PX = 6;

export interface AnchorTrackerOptions {
  root: ParentNode;
  profile: SiteProfile;
  /** The conversations that may need a badge. */
  keys: () => string[];
  onAnchors: (anchors: Record<string, BadgeAnchor>) => void;
}

/** The box a row is clipped to: its nearest scrolling ancestor, else the viewport. */
function clipBox(element: Element): { top: number; bottom: number } {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'hidden') {
      const rect = node.getBoundingClientRect();
      return { top: Math.max(0, rect.top), bottom: Math.min(innerHeight, rect.bottom) };
    }
  }
  return { top: 0, bottom: innerHeight };
}

/**
 * Measures where each row's badge goes, at most once per animation frame, and
 * only reads layout (never writes), so it cannot cause layout thrashing. Scrolls
 * anywhere in the page (captured) and resizes re-measure too.
 */
export function createAnchorTracker({ root, profile, keys, onAnchors }: AnchorTrackerOptions) {
  let frame: number | null = null;
  let previous = '';
  const side = profile.badge?.placement === 'end' ? 'after' : 'before';

  const measure = () => {
    frame = null;
    const anchors: Record<string, BadgeAnchor> = {};
    let clip: { top: number; bottom: number } | null = null;
    for (const key of keys()) {
      const row = findRowElement(root, profile, key);
      if (!row) continue;
      clip ??= clipBox(row);
      const box = findBadgeAnchor(row, profile).getBoundingClientRect();
      // A row inside a same-origin frame measures from the frame's corner.
      const frame = row.ownerDocument === document ? null : row.ownerDocument.defaultView?.frameElement;
      const offset = frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
      box.x += offset.left;
      box.y += offset.top;
      const y = box.top + box.height / 2;
      const visible = box.height > 0 && y >= clip.top && y <= clip.bottom;
      anchors[key] = visible
        ? { x: side === 'before' ? box.left - GAP_PX : box.right + GAP_PX, y, side }
        : null;
    }
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
    /** Measures now: for callers already inside an animation frame (the sensor's scan). */
    measureNow: () => {
      if (document.hidden) return;
      if (frame !== null) cancelAnimationFrame(frame);
      measure();
    },
    stop() {
      if (frame !== null) cancelAnimationFrame(frame);
      removeEventListener('scroll', onScrollOrResize, { capture: true });
      removeEventListener('resize', onScrollOrResize);
      document.removeEventListener('visibilitychange', onScrollOrResize);
    },
  };
}
