// The inbox: a narrow app rail, the listbox of conversations (newest activity
// first), and the open conversation. Drafts are kept per conversation.
import { useLayoutEffect, useMemo, useState } from 'react';
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { Lang } from '../shared/gallery-types.ts';
import { useConversations, useOpenId } from '../shared/use-gallery-sim.ts';
import { AppRail } from './app-rail.tsx';
import { ConversationListbox } from './conversation-listbox.tsx';
import { ConversationView } from './conversation-view.tsx';
import { sortByActivity } from './inbox-format.ts';
import { openParts } from './inbox-elements.ts';
import { INBOX_STRINGS } from './inbox-strings.ts';

export function InboxApp({ sim, lang }: { sim: GallerySim; lang: Lang }) {
  const strings = INBOX_STRINGS[lang];
  const conversations = useConversations(sim);
  const openId = useOpenId(sim);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [noteMode, setNoteMode] = useState(false);
  const [query, setQuery] = useState('');
  // An open from elsewhere (a link, a notification) moves the highlight too.
  const [seenOpenId, setSeenOpenId] = useState(openId);
  if (openId !== seenOpenId) {
    setSeenOpenId(openId);
    if (openId !== null) setSelectedId(openId);
  }

  const sorted = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const shown = needle
      ? conversations.filter((conversation) => conversation.name.toLowerCase().includes(needle))
      : conversations;
    return sortByActivity(shown);
  }, [conversations, query]);
  const open =
    openId !== null ? (conversations.find((conversation) => conversation.id === openId) ?? null) : null;
  const draft = openId !== null ? (drafts[openId] ?? '') : '';
  const unreadTotal = conversations.reduce((sum, conversation) => sum + (conversation.unread > 0 ? 1 : 0), 0);

  // The truth hooks read the draft and the note mode from this state, never from the DOM.
  useLayoutEffect(() => {
    openParts.draft = () => (openId !== null ? (drafts[openId] ?? '') : null);
    openParts.noteMode = () => openId !== null && noteMode;
  }, [openId, drafts, noteMode]);

  const openConversation = (id: string) => {
    setSelectedId(id);
    setNoteMode(false);
    sim.open(id);
  };
  const send = () => {
    if (openId === null || !draft.trim()) return;
    sim.operatorSends(openId, draft, Date.now(), noteMode ? 'note' : 'operator');
    setDrafts((all) => ({ ...all, [openId]: '' }));
  };

  return (
    <div className="flex h-screen bg-white text-gray-900 font-sans antialiased">
      <AppRail strings={strings} />
      <aside className="flex flex-col w-96 shrink-0 border-r border-gray-200 bg-white">
        <div className="px-4 pt-4 pb-3 border-b border-gray-200">
          <div className="flex items-center justify-between">
            <h1 className="text-lg font-semibold">{strings.inbox}</h1>
            <span className="px-2 py-0.5 rounded-full bg-gray-100 text-xs font-medium text-gray-600 tabular-nums">
              {unreadTotal}
            </span>
          </div>
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={strings.search}
            aria-label={strings.search}
            className="mt-3 w-full rounded-lg border border-gray-200 bg-gray-50 px-3 py-1.5 text-sm placeholder-gray-400 outline-none focus:border-indigo-500 focus:bg-white"
          />
          <div className="flex gap-4 mt-3 text-sm">
            <span className="pb-1 border-b-2 border-indigo-600 font-medium text-indigo-600">
              {strings.all}
            </span>
            <span className="pb-1 border-b-2 border-transparent text-gray-500">{strings.mine}</span>
          </div>
        </div>
        <ConversationListbox
          conversations={sorted}
          selectedId={selectedId}
          openId={openId}
          lang={lang}
          strings={strings}
          onSelect={setSelectedId}
          onOpen={openConversation}
        />
      </aside>
      {open ? (
        <ConversationView
          key={open.id}
          conversation={open}
          lang={lang}
          strings={strings}
          draft={draft}
          noteMode={noteMode}
          onDraft={(text) => setDrafts((all) => ({ ...all, [open.id]: text }))}
          onNoteMode={setNoteMode}
          onSend={send}
        />
      ) : (
        <section className="flex-1 flex flex-col items-center justify-center bg-gray-50 text-center">
          <p className="text-base font-semibold text-gray-700">{strings.empty}</p>
          <p className="mt-1 text-sm text-gray-500">{strings.emptyHint}</p>
        </section>
      )}
    </div>
  );
}
