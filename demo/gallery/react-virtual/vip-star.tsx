// The VIP mark: a filled star with a tooltip, no text in the row.
import styles from './conversation-list.module.css';

export function VipStar({ label }: { label: string }) {
  return (
    <svg className={styles.vip} viewBox="0 0 16 16" width="14" height="14" role="img" aria-label={label}>
      <title>{label}</title>
      <path
        d="M8 1.2l2.05 4.3 4.7.6-3.45 3.25.87 4.65L8 11.75 3.83 14l.87-4.65L1.25 6.1l4.7-.6z"
        fill="currentColor"
      />
    </svg>
  );
}
