import { editableElement } from './editable-element';

/**
 * The reply box the operator is in — the focused editable — when a template may
 * be written there: drawn (not hidden by style, with a size) and at least partly
 * in the viewport, and so is every frame around it. Null otherwise: a console
 * may keep the composers of every open chat, hidden or scrolled away, and text
 * must never go into one the operator cannot see.
 */
export function boxInUse(focused: Element | null): HTMLElement | null {
  if (!focused || !isHtml(focused)) return null;
  const box = editableElement(focused);
  if (!box || !box.contains(focused)) return null;
  return isWritable(box) ? box : null;
}

/** Whether the box is still one to write into (it may have been hidden or scrolled away since). */
export function isWritable(box: HTMLElement): boolean {
  if (!box.isConnected) return false;
  for (let element: Element | null = box; element;) {
    if (!drawnInViewport(element)) return false;
    element = element.ownerDocument.defaultView?.frameElement ?? null;
  }
  return true;
}

function drawnInViewport(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (check && !check.call(element, { checkOpacity: true, checkVisibilityCSS: true })) return false;
  const view = element.ownerDocument.defaultView;
  const box = element.getBoundingClientRect();
  if (!view || box.width <= 0 || box.height <= 0) return false;
  return box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth;
}

/** By its namespace, not instanceof: a frame's elements have their own constructors. */
function isHtml(element: Element): element is HTMLElement {
  return element.namespaceURI === 'http://www.w3.org/1999/xhtml';
}
