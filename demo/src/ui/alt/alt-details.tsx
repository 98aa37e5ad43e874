// The right-hand column: the open customer's facts, or the queue at a glance.
import type { Conversation } from '../../sim/types.ts';
import { formatClock } from '../format-time.ts';
import { ALT } from './alt-classes.ts';
import type { AltStrings } from './alt-strings.ts';

export interface AltDetailsProps {
  readonly conv: Conversation | undefined;
  readonly conversations: readonly Conversation[];
  readonly strings: AltStrings;
}

export function AltDetails({ conv, conversations, strings }: AltDetailsProps) {
  const facts: [string, string | number][] = conv
    ? [
        [strings.channel, strings.webChat],
        [strings.language, strings.languageNames[conv.lang]],
        [strings.started, conv.startedAt ? formatClock(conv.startedAt) : '—'],
        [strings.messages, conv.messages.length],
      ]
    : [
        [strings.conversations, conversations.length],
        [strings.withUnread, conversations.filter((c) => c.unread > 0).length],
        [
          strings.customerWroteLast,
          conversations.filter((c) => c.messages.at(-1)?.author === 'customer').length,
        ],
        ['VIP', conversations.filter((c) => c.vip).length],
      ];
  return (
    <aside className={ALT.details}>
      <h2 className={ALT.detailsTitle}>{conv ? strings.detailsTitle : strings.queueDetailsTitle}</h2>
      <dl className={ALT.detailsList}>
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {conv?.vip && <p className={ALT.detailsHint}>★ {strings.vipHint}</p>}
    </aside>
  );
}
