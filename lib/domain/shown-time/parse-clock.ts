/** A time of day a console shows, as an offset into the day and its precision. */
export interface ShownClock {
  /** Milliseconds after midnight (wall clock). */
  offset: number;
  /** 1000 when seconds are shown, 60 000 when only minutes. */
  span: number;
}

/** "14:05", "14:05:32", "2:05 pm", "2:05pm", "2:05 p.m." (normalized, lowercase). */
export const CLOCK_PATTERN = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([ap])\.?\s?m\.?)?`;

const CLOCK = new RegExp(`^${CLOCK_PATTERN}$`);

export function parseClock(text: string): ShownClock | null {
  const match = CLOCK.exec(text);
  return match ? clockOf(match.slice(1)) : null;
}

/** The fields captured by CLOCK_PATTERN → a clock, or null when out of range. */
export function clockOf([hours, minutes, seconds, meridiem]: Array<string | undefined>): ShownClock | null {
  let hour = Number(hours);
  const minute = Number(minutes);
  const second = Number(seconds ?? 0);
  if (minute > 59 || second > 59) return null;
  if (meridiem === undefined) {
    if (hour > 23) return null;
  } else {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return {
    offset: ((hour * 60 + minute) * 60 + second) * 1000,
    span: seconds === undefined ? 60_000 : 1000,
  };
}
