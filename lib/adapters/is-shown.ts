/**
 * Whether an element is drawn for a person to see: not inside `display: none`,
 * not `visibility: hidden`, not fully transparent. A hidden pane (another chat's
 * tab), a marker kept in every row but hidden at zero: not shown. Environments
 * without `checkVisibility` count everything as shown.
 */
export function isShown(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return check ? check.call(element, { checkOpacity: true, checkVisibilityCSS: true }) : true;
}
