// Which rows of a fixed-height list exist in the DOM: those in view plus a few
// overscan rows either side, as windowing libraries (react-window) compute it.

export interface VirtualRange {
  /** First rendered index. */
  start: number;
  /** One past the last rendered index. */
  end: number;
}

export function virtualRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): VirtualRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const firstVisible = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const lastVisible = Math.floor((Math.max(0, scrollTop) + Math.max(0, viewportHeight) - 1) / rowHeight);
  return {
    start: Math.max(0, firstVisible - overscan),
    end: Math.min(count, lastVisible + overscan + 1),
  };
}

/** How many slots (recycled DOM rows) the list ever needs for a viewport. */
export function slotCount(viewportHeight: number, rowHeight: number, overscan: number): number {
  return Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1 + 2 * overscan;
}
