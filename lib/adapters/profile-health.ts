/** How long a profile may see no conversations before the operator is told. */
export const LOST_AFTER_MS = 15_000;

export interface HealthTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * Notices a profile that stopped matching (the helpdesk changed its markup): no
 * rows for a while, whether it never found any or lost the ones it had. A desk
 * whose list is briefly empty while it re-renders is not reported.
 */
export function createProfileHealth(
  timers: HealthTimers,
  onChange: (lost: boolean) => void,
  lostAfterMs = LOST_AFTER_MS,
) {
  let timer: number | null = null;
  let lost = false;
  const set = (next: boolean) => {
    if (next !== lost) onChange((lost = next));
  };
  const arm = () => {
    if (timer === null) timer = timers.setTimeout(() => set(true), lostAfterMs);
  };
  arm(); // a profile that never finds a row counts too
  return {
    /** Every observation's row count. */
    seen(rows: number) {
      if (rows > 0) {
        if (timer !== null) timers.clearTimeout(timer);
        timer = null;
        set(false);
      } else arm();
    },
    stop() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
