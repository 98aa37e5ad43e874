import type { ReactNode } from 'react';
import type { ClockItem } from '../../lib/domain/clock-display';
import type { FocusState, FocusSummaryEntry } from '../../lib/domain/focus';
import type { StorageProblem } from '../../lib/messaging/protocol';
import { useI18n } from '../i18n/i18n-context';
import { FocusControl } from '../overlay/focus-control';
import { FocusSummary } from '../overlay/focus-summary';
import { QueueList } from '../overlay/queue-list';

export interface PopupViewProps {
  version: string;
  loadError: string | null;
  /** null while loading. */
  items: ClockItem[] | null;
  hasSites: boolean;
  focus: FocusState | null;
  focusSummary: FocusSummaryEntry[] | null;
  onJump: (site: string, key: string) => void;
  /** Why the last jump or action failed (already in the operator's language). */
  actionError?: string | null;
  onDismiss: (site: string, key: string) => void;
  onStartFocus: (minutes: number | null) => void;
  onStopFocus: () => void;
  onDismissSummary: () => void;
  onOpenOptions: () => void;
  /** Opens the statistics page in a tab. */
  onOpenStats?: () => void;
  /** The current tab's site access, drawn above the queue. */
  siteAccess?: ReactNode;
  /** Clocks the background could not save (a full disk): said, never hidden. */
  storageProblem?: StorageProblem | null;
}

export function PopupView(props: PopupViewProps) {
  const { t } = useI18n();
  return (
    <main className="nz-popup">
      <header className="nz-popup__header">
        <img className="nz-popup__logo" src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1 className="nz-popup__title">{t('extName')}</h1>
          <p className="nz-popup__tagline">{t('popupTagline')}</p>
        </div>
      </header>
      {props.siteAccess}
      {props.loadError && (
        <p className="nz-error" role="alert">
          {t('optionsLoadFailed', { reason: props.loadError })}
        </p>
      )}
      {props.storageProblem && (
        <p className="nz-error" role="alert" data-testid="nz-popup-storage-problem">
          {t('popupStorageProblem', {
            reason: props.storageProblem.reason,
            count: props.storageProblem.unsaved,
          })}
        </p>
      )}
      {props.actionError && (
        <p className="nz-error" role="alert" data-testid="nz-popup-action-error">
          {props.actionError}
        </p>
      )}
      {props.focusSummary && (
        <FocusSummary
          entries={props.focusSummary}
          onJump={(entry) => props.onJump(entry.site, entry.key)}
          onDismiss={props.onDismissSummary}
        />
      )}
      {props.items === null ? (
        <p className="nz-hint">{t('popupLoading')}</p>
      ) : props.hasSites ? (
        <section aria-labelledby="nz-popup-queue">
          <h2 id="nz-popup-queue" className="nz-popup__section">
            {t('popupQueueTitle')} <span className="nz-panel__count">{props.items.length}</span>
          </h2>
          <QueueList
            items={props.items}
            onJump={(item) => props.onJump(item.site, item.key)}
            onDismiss={(item) => props.onDismiss(item.site, item.key)}
          />
        </section>
      ) : (
        <p className="nz-hint">{t('popupNoSites')}</p>
      )}
      <FocusControl focus={props.focus} onStart={props.onStartFocus} onStop={props.onStopFocus} />
      <p className="nz-popup__privacy">{t('popupLocalOnly')}</p>
      <footer className="nz-popup__footer">
        <span className="nz-popup__links">
          <button type="button" className="nz-button" onClick={props.onOpenOptions}>
            {t('popupOpenOptions')}
          </button>
          {props.onOpenStats && (
            <button type="button" className="nz-button nz-button--secondary" onClick={props.onOpenStats}>
              {t('statsTitle')}
            </button>
          )}
        </span>
        <span className="nz-popup__version">{t('popupVersion', { version: props.version })}</span>
      </footer>
    </main>
  );
}
