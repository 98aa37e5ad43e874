// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgePoint, badgeY, createAnchorTracker } from '../../../lib/adapters/anchor-tracker';
import type { SiteProfile } from '../../../lib/adapters/site-profile';

// Where a badge hangs: always inside its row's visible box, whatever the profile says.
const rect = (left: number, width: number) => new DOMRect(left, 100, width, 40);
const window1400 = { top: 0, bottom: 900, left: 0, right: 1400 };
const ROOM = 72; // the badge's width budget beside its point

describe('the point a badge hangs from', () => {
  it('is at the row’s own end when the profile names no anchor: a list touching the window’s left edge keeps its badges', () => {
    const x = badgePoint(rect(0, 400), null, 'before', window1400);
    expect(x).toBe(394);
    expect(x - ROOM).toBeGreaterThanOrEqual(0);
  });

  it('stays beside the profile’s anchor when there is room', () => {
    expect(badgePoint(rect(0, 800), rect(600, 50), 'before', window1400)).toBe(594);
    expect(badgePoint(rect(0, 800), rect(300, 50), 'after', window1400)).toBe(356);
  });

  it('is pulled back inside the row when the anchor sits at its edge', () => {
    // The anchor is the row's first cell: "before" it would be left of the row.
    expect(badgePoint(rect(28, 760), rect(28, 30), 'before', window1400)).toBe(28 + ROOM);
    // "after" an anchor at the far end would leave the row on the right.
    expect(badgePoint(rect(28, 760), rect(760, 28), 'after', window1400)).toBe(788 - ROOM);
  });

  it('keeps to the part of the row its scrolling list shows', () => {
    const list = { top: 0, bottom: 900, left: 60, right: 400 };
    expect(badgePoint(rect(60, 600), null, 'before', list)).toBe(394);
    // A row wider than the window: the badge stays on screen.
    expect(badgePoint(rect(-200, 2000), null, 'before', window1400)).toBe(1394);
  });
});

describe('the height a badge hangs at', () => {
  const row = (top: number, height = 67) => new DOMRect(0, top, 400, height);
  const list = { top: 100, bottom: 900, left: 0, right: 1400 };

  it('is level with its anchor, however small, while the row shows', () => {
    const time = new DOMRect(340, 210, 40, 14);
    expect(badgeY(row(200), time, list)).toBe(217);
    expect(badgeY(row(200), null, list)).toBe(233.5);
  });

  it('is the middle of the part that shows, for a row half out of view at either end', () => {
    expect(badgeY(row(878), null, list)).toBe(889);
    expect(badgeY(row(60), null, list)).toBe(113.5);
    expect(badgeY(row(878), new DOMRect(340, 905, 40, 14), list)).toBe(889);
  });

  it('stays whole inside the part that shows when its anchor sits at the edge', () => {
    // The row's last 50 px show; its anchor's middle is 8 px above the list's end.
    expect(badgeY(row(850, 84), new DOMRect(340, 885, 40, 14), list)).toBe(890);
    expect(badgeY(row(95, 67), new DOMRect(340, 98, 40, 6), list)).toBe(110);
  });

  it('is none when less of the row shows than a badge needs, or the row is not drawn', () => {
    expect(badgeY(row(890), null, list)).toBeNull();
    expect(badgeY(row(300, 0), null, list)).toBeNull();
  });
});

describe('new clocks for the badges already placed', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('measure nothing again; other conversations needing a badge are measured at the next frame', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    let waiting = ['a', 'b'];
    const looked: string[] = [];
    const tracker = createAnchorTracker({
      root: document,
      profile: {} as SiteProfile,
      keys: () => waiting,
      onAnchors: () => {},
      rowFor: (key) => (looked.push(key), null),
    });
    tracker.keysChanged();
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(looked).toEqual(['a', 'b']);
    // The same two still wait (their clocks moved on): a page load paid for this measuring twice.
    tracker.keysChanged();
    expect(frames).toHaveLength(0);
    waiting = ['a', 'b', 'c'];
    tracker.keysChanged();
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(looked).toEqual(['a', 'b', 'a', 'b', 'c']);
    tracker.stop();
  });
});
