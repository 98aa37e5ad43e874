/**
 * The element the operator actually types into. A site profile may point at an
 * editor's wrapper (Draft.js gives its editable no class of its own, and teach
 * mode records the box the operator clicked), or at a node inside an editing
 * host; text goes to the host, where editors listen.
 */
export function editableElement(element: HTMLElement): HTMLElement | null {
  if (isTextField(element)) return element;
  if (element.isContentEditable) return editingHost(element);
  const inner = element.querySelector<HTMLElement>(
    'textarea, input:not([type]), input[type="text"], input[type="search"], [contenteditable]:not([contenteditable="false"])',
  );
  if (!inner) return null;
  return isTextField(inner) ? inner : editingHost(inner);
}

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  // By tag name, not instanceof: a content script and the page have different constructors.
  if (element.localName === 'textarea') return true;
  return element.localName === 'input' && /^(text|search|)$/.test((element as HTMLInputElement).type);
}

/** The outermost contenteditable element around `element`: the editor's root. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
