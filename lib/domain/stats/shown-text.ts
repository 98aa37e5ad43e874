/**
 * Text from a statistics file that is shown to a team lead (operator names,
 * sites, template ids, file names): control characters (C0, C1) and the
 * invisible direction marks and overrides are removed, so a name cannot
 * rewrite a terminal line or reverse the text around it.
 */
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const ALL_CONTROLS = new RegExp(CONTROLS.source, 'gu');

export const withoutControls = (text: string) =>
  CONTROLS.test(text) ? text.replace(ALL_CONTROLS, '') : text;

/** A value quoted in an error message: never longer than `max` characters, controls removed. */
export function quoted(value: unknown, max = 40): string {
  if (typeof value === 'string') {
    const text = withoutControls(value);
    return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}
