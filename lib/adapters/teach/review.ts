import { reviewRows, reviewWarnings, type TeachReview } from '../../domain/teach-review';
import { compile, firstProductive } from '../compiled-profile';
import { scanPage } from '../engine';
import { frameOffset } from '../frame-listeners';
import { isShown } from '../is-shown';
import { searchScope } from '../search-scope';
import type { SiteProfile } from '../site-profile';

/** A box in the top window's viewport pixels, to outline. */
export interface OutlineBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The review step: the draft profile read through the real engine, as the overlay
 * will read the page once it is saved, with the row elements it read (to outline).
 * Reads the page only.
 */
export function reviewDraft(
  doc: Document,
  profile: SiteProfile,
  now: number,
): { review: TeachReview; elements: Element[] } {
  const { observation, rowElements } = scanPage(doc, profile, doc.defaultView?.location.origin ?? '', now);
  const { found } = firstProductive(searchScope(doc, profile), compile(profile).rows);
  const shown = found.filter(isShown).length;
  const { warnings, sameNames } = reviewWarnings({
    observation,
    shown,
    keyedByName: profile.rowKey.fallback === 'name',
    composer: Boolean(profile.composer?.length),
    sendButton: Boolean(profile.sendButton?.length),
  });
  return {
    review: { rows: reviewRows(observation, now), shown, warnings, sameNames, problems: [] },
    elements: [...rowElements.values()],
  };
}

/** The boxes of the elements on screen, shifted by their frame's place (a list inside a frame). */
export function outlineBoxes(elements: readonly Element[], view: Window): OutlineBox[] {
  const boxes: OutlineBox[] = [];
  for (const element of elements) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const shift = frameOffset(element.ownerDocument.defaultView);
    const x = box.left + shift.x;
    const y = box.top + shift.y;
    if (y + box.height < 0 || y > view.innerHeight || x + box.width < 0 || x > view.innerWidth) continue;
    boxes.push({ x, y, width: box.width, height: box.height });
  }
  return boxes;
}
