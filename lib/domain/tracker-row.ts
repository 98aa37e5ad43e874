import type { ConversationRecord } from './conversation';
import { previewSig } from './message-sig';
import type { ObservedRow } from './observation';
import { matchVip } from './priority-match';
import {
  addKeywords,
  answeredEarlier,
  customerWrote,
  knowWaitStart,
  operatorWrote,
  pageTime,
  type Fold,
} from './tracker-steps';

// A row of the conversation list folded into its record: a chat not open is read
// from its unread count, preview, shown time, wait column and status.

/** A row whose shown time is this recent starts an exact wait (it just arrived). */
const FRESH_ROW_MS = 60_000;

export function readRow(
  fold: Fold,
  record: ConversationRecord,
  row: ObservedRow,
  isNew: boolean,
  open: boolean,
) {
  const { now } = fold;
  if (row.name !== null) record.name = row.name;
  const vipReasons = matchVip(row, fold.rules.vip);
  record.vip = vipReasons.length > 0;
  record.reasons = [...vipReasons, ...record.reasons.filter((reason) => reason.startsWith('keyword:'))];
  const sig = previewSig(row);
  const customerText = row.previewAuthor === 'customer' || (row.previewAuthor === null && row.unread > 0);
  if (row.preview !== null && customerText) addKeywords(fold, record, row.preview);

  // The desk's own wait column: the customer waits, since then (to its precision: exact).
  const deskWait = row.waitShownSince !== undefined ? pageTime(row.waitShownSince, now) : null;
  // A ticket's status says who owes the next message, where no preview says who wrote last.
  const says = row.statusSays;
  const statusChanged = says !== undefined && record.statusSays !== undefined && says !== record.statusSays;
  if (!open && deskWait !== null) {
    if (record.waitingSince === null) customerWrote(fold, record, deskWait);
    else if (record.waitBasis) knowWaitStart(fold, record, deskWait);
  } else if (!open) {
    if (isNew) {
      const at = pageTime(row.lastAt, now);
      // A row shows its last message's time: an earlier unanswered one may exist. Within
      // the last minute that changes nothing a clock to the second could tell; a time shown
      // to the minute ("14:05", "3 мин") is its minute's latest instant, up to a minute
      // short, so that wait is "at least" too.
      const basis =
        at !== row.lastAt ? 'seen' : now - at >= FRESH_ROW_MS || row.lastAtRough ? 'shown' : undefined;
      const author =
        row.previewAuthor === 'customer' || row.previewAuthor === 'operator' ? row.previewAuthor : says;
      if (row.unread > 0 || author === 'customer') customerWrote(fold, record, at, basis);
      else if (author === 'operator') answeredEarlier(record, at);
      else if (row.previewAuthor === 'note' || row.previewAuthor === 'bot') {
        // A note or a bot answers nobody, and hides whether a human did before it.
        customerWrote(fold, record, at, 'maybe');
        record.lastAuthor = row.previewAuthor;
      }
    } else {
      const unreadRose = row.unreadKnown && row.unread > record.unread;
      const previewChanged = sig !== null && sig !== record.previewSig;
      if (unreadRose || (previewChanged && row.previewAuthor === 'customer'))
        customerWrote(fold, record, now);
      else if (previewChanged && row.previewAuthor === 'operator') operatorWrote(fold, record, now);
      else if (statusChanged && says === 'customer') customerWrote(fold, record, now);
      else if (statusChanged && says === 'operator' && record.waitingSince !== null)
        operatorWrote(fold, record, now);
      else if (previewChanged && row.previewAuthor !== null) record.lastAuthor = row.previewAuthor;
    }
  }
  record.unread = row.unread;
  if (sig !== null) record.previewSig = sig;
  if (says !== undefined) record.statusSays = says;
}
