/**
 * How much of the page's main thread the sensor may take. A scan that took `d`
 * milliseconds is followed by a pause of `d × (1 / share − 1)`, so however
 * costly the page or the profile, scanning takes at most `share` of the time and
 * the console's own timers and input keep running. A profile whose scans stay
 * slow is paused altogether: its clocks would lag anyway, and the operator is
 * better told to teach again than left with a sluggish console.
 */
export interface ScanBudget {
  /** Records one scan's duration; says how long to wait before the next and whether to stop. */
  afterScan(durationMs: number): { waitMs: number; paused: boolean };
}

export interface ScanBudgetOptions {
  /** The share of the main thread scans may take (0.1: a tenth). */
  share?: number;
  /** A scan longer than this counts as heavy. */
  heavyMs?: number;
  /** This many heavy scans in a row pause the profile. */
  heavyInARow?: number;
}

/**
 * Rows read per scan at most. An operator holds tens of conversations; a list of
 * 20,000 is read by the first 500 rows, the ones at its top, and the chip says so.
 */
export const MAX_ROWS_PER_SCAN = 500;

export function createScanBudget({
  share = 0.1,
  heavyMs = 500,
  heavyInARow = 2,
}: ScanBudgetOptions = {}): ScanBudget {
  let heavy = 0;
  return {
    afterScan(durationMs) {
      heavy = durationMs > heavyMs ? heavy + 1 : 0;
      return { waitMs: Math.max(0, durationMs) * (1 / share - 1), paused: heavy >= heavyInARow };
    },
  };
}
