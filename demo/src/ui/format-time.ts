// Clock text for rows and bubbles: local HH:mm, like real desks show.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatClock(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function isoTime(at: number): string {
  return new Date(at).toISOString();
}

/** Sim time since page load as H:MM:SS, for the top bar. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  return `${hours}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}
