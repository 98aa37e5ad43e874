/** Years a console may show for a message; earlier ones are birth dates and the like, not waits. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

/** The wall value of midnight of a calendar day, or null when there is no such day. */
export function dayWall(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const wall = Date.UTC(year, month - 1, day);
  return new Date(wall).getUTCDate() === day ? wall : null;
}

/** "26" → 2026; four digits as written. */
export function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

export const yearOfWall = (wall: number) => new Date(wall).getUTCFullYear();
