// Pereklichka, a Chatwoot/Zammad-style desk: sidebar, the conversation list,
// and the conversation the route names (/inbox/4101).
import { useLayoutEffect, useMemo, useState } from 'react';
import { byLastActivity } from '../shared/by-last-activity.ts';
import type { GallerySim } from '../shared/gallery-sim.ts';
import { useConversations } from '../shared/use-gallery-sim.ts';
import { useNow } from '../shared/use-now.ts';
import { ConversationList } from './conversation-list.tsx';
import { StatusMenu } from './status-menu.tsx';
import { ConversationPanel } from './conversation-panel.tsx';
import type { DeskModel } from './desk-model.ts';
import type { ReplyMode } from './reply-box.tsx';
import type { Router } from './router.ts';
import { useRoute } from './router.ts';
import { INBOX_HREF } from './route.ts';
import { Sidebar } from './sidebar.tsx';
import type { DeskStrings } from './strings.ts';

interface Props {
  sim: GallerySim;
  router: Router;
  strings: DeskStrings;
  model: DeskModel;
}

export function App({ sim, router, strings, model }: Props) {
  const conversations = useConversations(sim);
  const sorted = useMemo(() => byLastActivity(conversations), [conversations]);
  const route = useRoute(router);
  const now = useNow(60_000);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [modes, setModes] = useState<Record<string, ReplyMode>>({});

  useLayoutEffect(() => {
    model.drafts = drafts;
  }, [model, drafts]);

  const id = route.name === 'inbox' ? route.id : null;
  const open = id ? sim.get(id) : undefined;
  const unread = conversations.filter((conversation) => conversation.unread > 0).length;

  const send = (conversationId: string) => {
    const text = drafts[conversationId] ?? '';
    if (!text.trim()) return;
    const mode = modes[conversationId] ?? 'reply';
    sim.operatorSends(conversationId, text, Date.now(), mode === 'note' ? 'note' : 'operator');
    setDrafts((all) => ({ ...all, [conversationId]: '' }));
  };

  return (
    <div className="layout">
      <Sidebar strings={strings} unread={unread} />
      <aside className="conversations">
        <div className="conversations__header">
          <h1 className="conversations__title">{strings.conversations}</h1>
          <StatusMenu strings={strings} />
        </div>
        <div className="conversations__tabs">
          <span className="conversations__tab">{strings.mine}</span>
          <span className="conversations__tab">{strings.unassigned}</span>
          <span className="conversations__tab is-active">
            {strings.all} <span className="conversations__tab-count">{conversations.length}</span>
          </span>
        </div>
        <ConversationList
          conversations={sorted}
          strings={strings}
          onNavigate={(href) => router.navigate(href)}
        />
      </aside>
      {open ? (
        <ConversationPanel
          conversation={open}
          draft={drafts[open.id] ?? ''}
          mode={modes[open.id] ?? 'reply'}
          now={now}
          strings={strings}
          onDraft={(text) => setDrafts((all) => ({ ...all, [open.id]: text }))}
          onMode={(mode) => setModes((all) => ({ ...all, [open.id]: mode }))}
          onSend={() => send(open.id)}
        />
      ) : (
        <section className="conversation-panel conversation-panel--empty">
          <div className="empty-state">
            <h2 className="empty-state__title">{id ? strings.notFound : strings.pick}</h2>
            <p className="empty-state__hint">{strings.pickHint}</p>
            {id && (
              <a
                className="button"
                href={INBOX_HREF}
                onClick={(event) => (event.preventDefault(), router.navigate(INBOX_HREF))}
              >
                {strings.back}
              </a>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
