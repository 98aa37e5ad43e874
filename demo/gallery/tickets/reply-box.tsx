// The reply area under a ticket: a plain textarea (Enter is a newline, as in every
// ticket form), "Send reply" and "Add note". The text lives in the drafts store.
import { useSyncExternalStore } from 'react';
import type { Drafts } from './drafts.ts';
import type { TicketsStrings } from './tickets-strings.ts';

interface ReplyBoxProps {
  ticketId: string;
  drafts: Drafts;
  strings: TicketsStrings;
  onSubmit(text: string, kind: 'operator' | 'note'): void;
}

export function ReplyBox({ ticketId, drafts, strings, onSubmit }: ReplyBoxProps) {
  const text = useSyncExternalStore(drafts.subscribe, () => drafts.get(ticketId));
  const submit = (kind: 'operator' | 'note') => {
    if (!text.trim()) return;
    onSubmit(text, kind);
    drafts.set(ticketId, '');
  };
  return (
    <div className="reply-box">
      <textarea
        name="reply"
        rows={5}
        placeholder={strings.replyPlaceholder}
        value={text}
        onChange={(event) => drafts.set(ticketId, event.target.value)}
      />
      <div className="reply-box__actions">
        <button type="button" className="btn btn--secondary add-note" onClick={() => submit('note')}>
          {strings.addNote}
        </button>
        <button type="button" className="btn btn--primary send-reply" onClick={() => submit('operator')}>
          {strings.sendReply}
        </button>
      </div>
    </div>
  );
}
