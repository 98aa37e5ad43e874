// A message: customers on the left in grey, the team on the right in blue,
// internal notes on the right in yellow. Sides live in hashed classes only.
import type { GalleryMessage } from '../shared/gallery-types.ts';
import styles from './conversation-view.module.css';
import { longAgo } from './relative-time.ts';
import type { InboxStrings } from './strings.ts';

interface Props {
  message: GalleryMessage;
  now: number;
  strings: InboxStrings;
}

const SIDE: Record<GalleryMessage['author'], string> = {
  customer: styles.customer!,
  operator: styles.operator!,
  note: styles.note!,
  bot: styles.bot!,
};

export function MessageBubble({ message, now, strings }: Props) {
  const label = message.author === 'note' ? strings.noteLabel : message.author === 'bot' ? strings.bot : null;
  return (
    <div className={`${styles.message} ${SIDE[message.author]}`}>
      <div className={styles.bubble}>
        {label && <div className={styles.label}>{label}</div>}
        <div className={styles.text}>{message.text}</div>
      </div>
      <div className={styles.meta} title={new Date(message.at).toLocaleString()}>
        {longAgo(message.at, now, strings)}
      </div>
    </div>
  );
}
