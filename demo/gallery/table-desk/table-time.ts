// Times as a server view prints them: the clock for today, the day and month before.
import { format, isSameDay } from 'date-fns';

/** The list's last-activity column: `14:05` today, `03.12` on an earlier day. */
export function formatActivity(at: number, now: number): string {
  return format(at, isSameDay(at, now) ? 'HH:mm' : 'dd.MM');
}

/** A message's stamp in the open conversation: `14:05` today, `03.12 14:05` earlier. */
export function formatMessageTime(at: number, now: number): string {
  return format(at, isSameDay(at, now) ? 'HH:mm' : 'dd.MM HH:mm');
}
