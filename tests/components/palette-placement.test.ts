import { describe, expect, it } from 'vitest';
import { placePalette } from '../../components/overlay/palette-placement';

const viewport = { width: 1280, height: 800 };

describe('placePalette', () => {
  it('opens just above a reply box at the bottom of the page, its left edge on the box', () => {
    const placement = placePalette({ left: 356, top: 665, width: 636, height: 80 }, viewport);
    expect(placement).toEqual({ left: 356, bottom: 800 - 665 + 8, maxHeight: 665 - 8 - 12 });
  });

  it('opens below a reply box near the top of the page', () => {
    const placement = placePalette({ left: 40, top: 60, width: 600, height: 100 }, viewport);
    expect(placement).toEqual({ left: 40, top: 168, maxHeight: 800 - 160 - 8 - 12 });
  });

  it('stays on screen when the box is at the right edge', () => {
    const placement = placePalette({ left: 1100, top: 700, width: 170, height: 60 }, viewport);
    expect(placement.left).toBe(1280 - 560 - 12);
  });

  it('is centred near the top when the reply box is unknown or scrolled away', () => {
    const centred = { left: 360, top: 96, maxHeight: 608 };
    expect(placePalette(null, viewport)).toEqual(centred);
    expect(placePalette({ left: 10, top: 900, width: 600, height: 80 }, viewport)).toEqual(centred);
  });

  it('narrows to the window on a small screen', () => {
    const placement = placePalette(null, { width: 400, height: 600 });
    expect(placement.left).toBe(20);
  });
});
