/** Where the palette sits: beside the reply box, on the side with more room. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface PalettePlacement {
  readonly left: number;
  /** Set when the palette opens below the reply box (it grows downwards). */
  readonly top?: number;
  /** Set when it opens above (it grows upwards, its bottom edge next to the box). */
  readonly bottom?: number;
  readonly maxHeight: number;
}

const GAP = 8;
const MARGIN = 12;
export const PALETTE_WIDTH = 560;

/**
 * Places the palette next to the composer so the operator's eyes stay where
 * they type; centred near the top when there is no composer on screen.
 */
export function placePalette(
  composer: Box | null,
  viewport: { width: number; height: number },
): PalettePlacement {
  const width = Math.min(PALETTE_WIDTH, viewport.width * 0.9);
  const visible =
    composer !== null &&
    composer.top < viewport.height &&
    composer.top + composer.height > 0 &&
    composer.width > 0;
  if (!visible) {
    return {
      left: Math.round((viewport.width - width) / 2),
      top: Math.round(viewport.height * 0.12),
      maxHeight: Math.round(viewport.height * 0.76),
    };
  }
  const left = Math.round(Math.min(Math.max(composer.left, MARGIN), viewport.width - width - MARGIN));
  const roomAbove = composer.top - GAP - MARGIN;
  const roomBelow = viewport.height - (composer.top + composer.height) - GAP - MARGIN;
  if (roomAbove >= roomBelow) {
    return {
      left,
      bottom: Math.round(viewport.height - composer.top + GAP),
      maxHeight: Math.round(roomAbove),
    };
  }
  return { left, top: Math.round(composer.top + composer.height + GAP), maxHeight: Math.round(roomBelow) };
}
