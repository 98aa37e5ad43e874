import { words as sendWords } from '../../domain/data/send-words.json';
import { frameWindows } from '../frame-listeners';
import { isShown } from '../is-shown';
import { containsAcross, parentAcross, queryDeep } from '../shadow-path';
import { queryAll } from './safe-dom';

// "The button beside the reply box": for a Send a person cannot click while teaching
// (an icon that moves, a button the console only draws on hover), the taught reply
// box's nearest button that reads like Send.

const BUTTONS = 'button, [role="button"], input[type="submit"]';
/** How far up from the reply box a Send is looked for: its toolbar, its form, the pane's footer. */
const LEVELS = 5;
const WORDS: readonly string[] = sendWords;

/** The taught reply box, in the page, its open shadow roots or a same-origin frame. */
export function findTaughtComposer(doc: Document, css: string): Element | null {
  for (const scope of [doc, ...frameWindows(doc).map((frame) => frame.doc)]) {
    let found: Element | null;
    try {
      found = queryDeep(scope, css);
    } catch {
      return null; // not a selector: nothing to look beside
    }
    if (found) return found;
  }
  return null;
}

const says = (button: Element) =>
  [
    button.textContent,
    button.getAttribute('aria-label'),
    button.getAttribute('title'),
    button.getAttribute('value'),
  ]
    .join(' ')
    .toLowerCase();

/** A switch or a tab (reply / note, bold / italic) is not Send, whatever it says. */
const isToggle = (button: Element) =>
  ['aria-pressed', 'aria-selected', 'aria-checked'].some((name) => button.hasAttribute(name)) ||
  ['tab', 'switch', 'checkbox', 'radio'].includes(button.getAttribute('role') ?? '');

/**
 * The button beside `composer` most likely to be its Send: going out from the box
 * (its toolbar, its form, the pane's footer), the first shown button that says Send
 * (the strongest word first), else a submit button; in the box's own container, else
 * the last button there (Send ends a reply box's toolbar). Never a switch or a tab.
 * Null when nothing near qualifies — the operator then points at it or skips.
 */
export function sendBesideComposer(composer: Element): Element | null {
  let at: Element | null = composer;
  for (let level = 0; at && level < LEVELS; level += 1) {
    at = parentAcross(at);
    if (!at) break;
    const scopes: ParentNode[] = [at, ...(at.shadowRoot ? [at.shadowRoot] : [])];
    const buttons = scopes
      .flatMap((scope) => queryAll(scope, BUTTONS))
      .filter((button) => !containsAcross(composer, button) && !containsAcross(button, composer))
      .filter((button) => !isToggle(button) && isShown(button));
    const chosen =
      WORDS.map((word) => buttons.find((button) => says(button).includes(word))).find(Boolean) ??
      buttons.find((button) => button.getAttribute('type') === 'submit') ??
      (level === 0 ? buttons.at(-1) : undefined);
    if (chosen) return chosen;
  }
  return null;
}
