/**
 * Whether the browser can parse `css`. Checked on an empty fragment so nothing is
 * matched; skipped where there is no DOM (a service worker), and the content
 * script checks again when it loads the profile.
 */
export function isValidSelector(css: string): boolean {
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(css);
    return true;
  } catch {
    return false;
  }
}
