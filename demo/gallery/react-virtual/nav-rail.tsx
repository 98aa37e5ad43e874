// The product's left rail: logo, sections as icons, the operator's avatar.
import styles from './inbox-app.module.css';
import type { InboxStrings } from './strings.ts';

const ICONS = [
  'M4 5h16v11H9l-5 4z',
  'M12 12a4 4 0 100-8 4 4 0 000 8zm-7 8c0-3.3 3.1-6 7-6s7 2.7 7 6',
  'M5 19V9m7 10V5m7 14v-7',
  'M12 15.5A3.5 3.5 0 1012 8.5a3.5 3.5 0 000 7zM19.4 13a7.8 7.8 0 000-2l2-1.6-2-3.4-2.4 1a7.6 7.6 0 00-1.7-1L15 3.5h-4l-.4 2.5a7.6 7.6 0 00-1.7 1l-2.4-1-2 3.4 2 1.6a7.8 7.8 0 000 2l-2 1.6 2 3.4 2.4-1a7.6 7.6 0 001.7 1l.4 2.5h4l.4-2.5a7.6 7.6 0 001.7-1l2.4 1 2-3.4z',
];

export function NavRail({ strings, waiting }: { strings: InboxStrings; waiting: number }) {
  return (
    <nav className={styles.rail}>
      <div className={styles.logo} title={strings.product}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M4 5h16v11H11l-5 4v-4H4z" fill="#60a5fa" />
        </svg>
      </div>
      {ICONS.map((path, index) => (
        <div
          key={path}
          className={index === 0 ? styles.railOn : styles.railItem}
          title={index === 0 ? strings.inbox : undefined}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d={path} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          </svg>
          {index === 0 && waiting > 0 && <span className={styles.railBadge}>{waiting}</span>}
        </div>
      ))}
      <div className={styles.me}>OP</div>
    </nav>
  );
}
