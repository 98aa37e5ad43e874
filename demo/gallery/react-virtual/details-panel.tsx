// The right-hand sidebar products of this family show next to a conversation.
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { initialsOf } from '../shared/initials.ts';
import styles from './inbox-app.module.css';
import { avatarColor } from './avatar-color.ts';
import type { InboxStrings } from './strings.ts';

export function DetailsPanel({
  conversation,
  strings,
}: {
  conversation: GalleryConversation;
  strings: InboxStrings;
}) {
  return (
    <aside className={styles.details}>
      <div className={styles.detailsTitle}>{strings.details}</div>
      <div className={styles.person}>
        <span className={styles.bigAvatar} style={{ background: avatarColor(conversation.id) }}>
          {initialsOf(conversation.name)}
        </span>
        <div className={styles.personName}>{conversation.name}</div>
        {conversation.vip && <span className={styles.vipTag}>{strings.vip}</span>}
      </div>
      <dl className={styles.facts}>
        <dt>{strings.conversationId}</dt>
        <dd>#{conversation.id}</dd>
        <dt>{strings.channel}</dt>
        <dd>{strings.messenger}</dd>
        <dt>{strings.language}</dt>
        <dd>{strings.languages[conversation.lang]}</dd>
      </dl>
    </aside>
  );
}
