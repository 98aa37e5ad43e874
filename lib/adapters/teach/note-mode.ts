import { namesNoteMode } from '../../domain/note-word';
import { attributeSelector, classSelector, describeElement, tagOf } from './stable-selector/selector-builder';
import { parentAcross } from '../shadow-path';

// Learning a console's internal-note mode from one click on its switch: the
// click goes through to the console, and what changed around the reply box (a
// `reply-box--private` class, `data-mode="note"`) or on the switch itself (a
// checked box, a pressed button) becomes the profile's `noteMode` selector.

/** One element as it looked before the switch was clicked. */
interface Look {
  element: Element;
  classes: Set<string>;
  attributes: Map<string, string>;
  checked: boolean | null;
}

/** The page around the note switch and the reply box, before the click. */
export interface NoteSwitchBefore {
  toggle: Element;
  looks: Look[];
}

export interface LearnedNoteMode {
  css: string;
  why: string;
}

const SWITCH_CSS =
  'input, button, [role="tab"], [role="switch"], [role="checkbox"], [role="radio"], [role="menuitemradio"], [aria-pressed]';
/** ARIA states that say a switch is on. */
const ON_STATES = ['aria-pressed', 'aria-checked', 'aria-selected'] as const;

/** The control a click on a note switch works: a label's input, the button or tab around the click. */
function switchOf(clicked: Element): Element {
  const label = clicked.closest('label') as HTMLLabelElement | null;
  if (label?.control) return label.control;
  return clicked.closest(SWITCH_CSS) ?? clicked;
}

function lookOf(element: Element): Look {
  const attributes = new Map<string, string>();
  for (const attribute of Array.from(element.attributes))
    if (attribute.name !== 'class' && attribute.name !== 'style')
      attributes.set(attribute.name, attribute.value);

  const checked = element instanceof HTMLInputElement ? element.checked : null;
  return { element, classes: new Set(element.classList), attributes, checked };
}

/** Takes the look of the reply box, the switch and everything around them, before the click. */
export function beforeNoteSwitch(clicked: Element, composer: Element | null): NoteSwitchBefore {
  const toggle = switchOf(clicked);
  const chain: Element[] = [];
  // The reply box's side first: its wrapper's class is the most telling.
  for (const start of [composer, toggle])
    for (let at: Element | null = start; at; at = parentAcross(at)) if (!chain.includes(at)) chain.push(at);
  return { toggle, looks: chain.map(lookOf) };
}

/** Whether `css` now finds nothing but `allowed` in the element's tree (and a bad selector finds nothing). */
function findsOnly(element: Element, css: string, allowed: readonly Element[]): boolean {
  try {
    return Array.from((element.getRootNode() as ParentNode).querySelectorAll(css)).every((found) =>
      allowed.includes(found),
    );
  } catch {
    return false;
  }
}

/** A class naming the note mode that came or went with the click. */
function classChange(look: Look, chain: readonly Element[]): LearnedNoteMode | null {
  const { element } = look;
  const now = new Set(element.classList);
  const changed = [...now, ...look.classes].filter(
    (name) => now.has(name) !== look.classes.has(name) && namesNoteMode(name),
  );
  for (const name of changed) {
    const css = `${tagOf(element)}${classSelector(name)}`;
    if (findsOnly(element, css, now.has(name) ? chain : []))
      return { css, why: `the class ${name} comes and goes with the note mode` };
  }
  return null;
}

/**
 * An attribute value naming the note mode that came or went (`data-mode="note"`,
 * a placeholder "Internal note…": the last resort, as it is in the desk's language).
 */
function attributeChange(look: Look, chain: readonly Element[]): LearnedNoteMode | null {
  const { element } = look;
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name === 'class' || attribute.name === 'style') continue;
    const before = look.attributes.get(attribute.name);
    if (before === attribute.value || !/^[a-z][\w-]*$/i.test(attribute.name)) continue;
    const noteValue = [attribute.value, before].find((value) => value !== undefined && namesNoteMode(value));
    if (noteValue === undefined || /["\\]/.test(noteValue)) continue;
    const css = `${tagOf(element)}${attributeSelector(attribute.name, noteValue)}`;
    if (findsOnly(element, css, noteValue === attribute.value ? chain : []))
      return { css, why: `${attribute.name}="${noteValue}" while notes are written` };
  }
  return null;
}

/** The switch's own state: a checked box or radio, a pressed button, a selected tab. */
function switchState(before: NoteSwitchBefore): LearnedNoteMode | null {
  const { toggle } = before;
  const look = before.looks.find((each) => each.element === toggle);
  if (!look) return null;
  let base = describeElement(toggle, { forMany: false });
  const value = toggle.getAttribute('value');
  // Radios share a name: the note one is told by its value.
  if (toggle instanceof HTMLInputElement && value && !/["\\]/.test(value) && !base.includes('#'))
    base += attributeSelector('value', value);
  const states: string[] = [];
  if (toggle instanceof HTMLInputElement && look.checked !== toggle.checked) states.push(':checked');
  for (const state of ON_STATES)
    if ((look.attributes.get(state) ?? null) !== toggle.getAttribute(state))
      states.push(attributeSelector(state, 'true'));
  // The switch alone, else inside what is around it (a page has other checkboxes).
  const scopes = [''];
  for (
    let at = toggle.parentElement, n = 0;
    at && at.localName !== 'body' && n < 3;
    at = at.parentElement, n += 1
  )
    scopes.push(`${describeElement(at, { forMany: false })} `);
  for (const scope of scopes)
    for (const state of states) {
      const css = `${scope}${base}${state}`;
      if (findsOnly(toggle, css, [toggle]))
        return { css, why: `the note switch is on while notes are written` };
    }
  return null;
}

/**
 * What the click on the note switch changed, as a selector that matches while
 * the console writes notes. Null when nothing telling changed (then the
 * operator is asked to click the switch itself, or skip).
 */
export function learnNoteMode(before: NoteSwitchBefore): LearnedNoteMode | null {
  const chain = before.looks.map((look) => look.element);
  const shown = before.looks.filter((look) => look.element.isConnected);
  for (const look of shown) {
    const found = classChange(look, chain);
    if (found) return found;
  }
  const state = before.toggle.isConnected ? switchState(before) : null;
  if (state) return state;
  for (const look of shown) {
    const found = attributeChange(look, chain);
    if (found) return found;
  }
  return null;
}
