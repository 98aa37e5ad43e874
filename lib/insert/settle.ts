/**
 * Waiting for the page's editor to catch up. Editors render some changes a
 * frame later (React-based ones), and sync their own selection from the DOM's
 * `selectionchange` event, one of them (Slate) on a 100 ms throttle.
 */

/** The next animation frame, or a short timeout where frames do not run (a hidden tab). */
export function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = view.setTimeout(resolve, 50);
    view.requestAnimationFrame(() => {
      view.clearTimeout(timer);
      resolve();
    });
  });
}

/** Longer than the slowest selection sync we know (Slate's 100 ms throttle). */
const SELECTION_SYNC_MS = 120;

/** After the DOM selection was moved: lets every editor read it into its model. */
export async function selectionSynced(view: Window): Promise<void> {
  await nextFrame(view);
  await new Promise((resolve) => view.setTimeout(resolve, SELECTION_SYNC_MS));
}
