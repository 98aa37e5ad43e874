/** When a helpdesk console says a conversation's message arrived. */
export interface ShownTime {
  /** The moment shown lies within [earliest, latest] (wall-clock ms); a message arrived then. */
  earliest: number;
  latest: number;
  /** What the console showed: a clock/date, or an age relative to now. */
  kind: 'absolute' | 'relative';
}

/**
 * The least the customer has waited by `now`, in whole seconds: counted from the
 * latest moment the shown time allows, never below zero.
 */
export function waitAtLeastSeconds(shown: ShownTime, now: number): number {
  return Math.max(0, Math.floor((now - shown.latest) / 1000));
}

/**
 * True when the console's text did not give the second (a clock without seconds,
 * "5 min", a date, "yesterday"): the wait is known only as a lower bound, and a
 * badge says "≥ 12 min" rather than a confident "12:34".
 */
export function isMinutePrecision(shown: ShownTime): boolean {
  return shown.latest - shown.earliest >= 1000;
}
