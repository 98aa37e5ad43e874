// Parley, an Intercom/Front-style inbox: a nav rail, the windowed conversation
// list, the open conversation with its composer, and a details sidebar.
import { useLayoutEffect, useMemo, useState } from 'react';
import { byLastActivity } from '../shared/by-last-activity.ts';
import type { GallerySim } from '../shared/gallery-sim.ts';
import { useConversations } from '../shared/use-gallery-sim.ts';
import { useNow } from '../shared/use-now.ts';
import type { ComposerMode } from './composer.tsx';
import { ConversationList } from './conversation-list.tsx';
import { ConversationView } from './conversation-view.tsx';
import { DetailsPanel } from './details-panel.tsx';
import styles from './inbox-app.module.css';
import type { InboxModel } from './inbox-model.ts';
import { NavRail } from './nav-rail.tsx';
import type { InboxStrings } from './strings.ts';

interface Props {
  sim: GallerySim;
  strings: InboxStrings;
  model: InboxModel;
}

export function InboxApp({ sim, strings, model }: Props) {
  const conversations = useConversations(sim);
  const sorted = useMemo(() => byLastActivity(conversations), [conversations]);
  const now = useNow(20_000);
  const openId = sim.openId();
  const open = openId ? (sim.get(openId) ?? null) : null;
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [modes, setModes] = useState<Record<string, ComposerMode>>({});

  useLayoutEffect(() => {
    model.drafts = drafts;
  }, [model, drafts]);

  const waiting = conversations.filter((conversation) => conversation.unread > 0).length;

  return (
    <div className={styles.app}>
      <NavRail strings={strings} waiting={waiting} />
      <div className={styles.column}>
        <div className={styles.columnHeader}>
          <h1 className={styles.columnTitle}>{strings.yourInbox}</h1>
          <span className={styles.status}>
            <span className={styles.statusDot} />
            {strings.available}
          </span>
        </div>
        <div className={styles.searchWrap}>
          <input className={styles.search} type="search" placeholder={strings.search} />
        </div>
        <div className={styles.filters}>
          <span className={styles.filterOn}>
            {strings.open} <span className={styles.count}>{conversations.length}</span>
          </span>
          <span className={styles.filter}>{strings.snoozed}</span>
          <span className={styles.filter}>{strings.closed}</span>
        </div>
        <div className={styles.sortBar}>{strings.newest} ▾</div>
        <ConversationList
          conversations={sorted}
          openId={openId}
          now={now}
          strings={strings}
          onOpen={(id) => sim.open(id)}
        />
      </div>
      {open ? (
        <>
          <ConversationView
            key={open.id}
            conversation={open}
            draft={drafts[open.id] ?? ''}
            mode={modes[open.id] ?? 'reply'}
            now={now}
            strings={strings}
            onDraft={(text) => setDrafts((all) => ({ ...all, [open.id]: text }))}
            onMode={(mode) => setModes((all) => ({ ...all, [open.id]: mode }))}
            onSend={(text, mode) => {
              sim.operatorSends(open.id, text, Date.now(), mode === 'note' ? 'note' : 'operator');
              setDrafts((all) => ({ ...all, [open.id]: '' }));
            }}
          />
          <DetailsPanel conversation={open} strings={strings} />
        </>
      ) : (
        <div className={styles.empty}>
          <div className={styles.emptyTitle}>{strings.empty}</div>
          <div className={styles.emptyHint}>{strings.emptyHint}</div>
        </div>
      )}
    </div>
  );
}
