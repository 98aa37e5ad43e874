// What the right-hand panel shows while no chat is open: the queue at a glance.
import type { Conversation } from '../sim/types.ts';
import type { DeskStrings } from './strings.ts';

export function QueueSummary({
  conversations,
  strings,
}: {
  conversations: readonly Conversation[];
  strings: DeskStrings;
}) {
  let unread = 0;
  let awaiting = 0;
  let vip = 0;
  for (const conv of conversations) {
    if (conv.unread > 0) unread++;
    if (conv.messages.at(-1)?.author === 'customer') awaiting++;
    if (conv.vip) vip++;
  }
  return (
    <div className="queue-summary">
      <h2 className="queue-summary__title">{strings.queueTitle}</h2>
      <dl className="customer-panel__facts">
        <dt>{strings.conversations}</dt>
        <dd>{conversations.length}</dd>
        <dt>{strings.withUnread}</dt>
        <dd>{unread}</dd>
        <dt>{strings.customerWroteLast}</dt>
        <dd>{awaiting}</dd>
        <dt>VIP</dt>
        <dd>{vip}</dd>
      </dl>
    </div>
  );
}
