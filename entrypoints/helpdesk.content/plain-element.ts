/** An element of the first stage's plain-DOM drawing (no React there): its class, and its text if any. */
export function plainElement<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button that never submits a form of the page it is drawn over. */
export function plainButton(
  doc: Document,
  className: string,
  text: string | undefined,
  onClick: () => void,
): HTMLButtonElement {
  const node = plainElement(doc, 'button', className, text);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}
