import type { Conversation } from '../sim/types.ts';
import { Avatar } from './avatar.tsx';
import { formatClock } from './format-time.ts';
import { QueueSummary } from './queue-summary.tsx';
import type { DeskStrings } from './strings.ts';
import { VipTag } from './vip-tag.tsx';

export interface CustomerPanelProps {
  readonly conv: Conversation | undefined;
  readonly conversations: readonly Conversation[];
  readonly strings: DeskStrings;
}

/** The customer card on the right, as real desks show beside a chat. */
export function CustomerPanel({ conv, conversations, strings }: CustomerPanelProps) {
  if (!conv) {
    return (
      <aside className="customer-panel">
        <QueueSummary conversations={conversations} strings={strings} />
      </aside>
    );
  }
  return (
    <aside className="customer-panel">
      <div className="customer-panel__card">
        <Avatar name={conv.name} size="lg" />
        <div className="customer-panel__name">{conv.name}</div>
        {conv.vip && <VipTag />}
      </div>
      {conv.vip && <div className="customer-panel__vip-hint">{strings.vipHint}</div>}
      <dl className="customer-panel__facts">
        <dt>{strings.channel}</dt>
        <dd>{strings.webChat}</dd>
        <dt>{strings.language}</dt>
        <dd>{strings.languageNames[conv.lang]}</dd>
        <dt>{strings.started}</dt>
        <dd>{conv.startedAt ? formatClock(conv.startedAt) : '—'}</dd>
        <dt>{strings.messages}</dt>
        <dd>{conv.messages.length}</dd>
      </dl>
    </aside>
  );
}
