// The operator console: top bar, conversation list, chat, customer card.
import { useCallback, useSyncExternalStore } from 'react';
import type { DeskStore } from '../runtime/desk-store.ts';
import type { Lang } from '../sim/types.ts';
import { ChatPane } from './chat-pane.tsx';
import type { ComposerKind } from './composers/composer-kind.ts';
import { ConversationList } from './conversation-list.tsx';
import { CustomerPanel } from './customer-panel.tsx';
import { SimClock } from './sim-clock.tsx';
import { SimControls } from './sim-controls.tsx';
import { STRINGS } from './strings.ts';
import { TopBar } from './top-bar.tsx';

export interface DeskAppProps {
  readonly store: DeskStore;
  readonly lang: Lang;
  readonly composer: ComposerKind;
}

export function DeskApp({ store, lang, composer }: DeskAppProps) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const strings = STRINGS[lang];
  // Stable callbacks keep the memoised rows from re-rendering.
  const open = useCallback((id: string) => store.open(id), [store]);
  const send = useCallback(
    (id: string, text: string, asNote: boolean) => store.send(id, text, asNote),
    [store],
  );

  return (
    <div className="desk" data-demo-desk="1" lang={lang}>
      <TopBar strings={strings}>
        <SimControls
          seed={snapshot.seed}
          chats={snapshot.chats}
          speed={snapshot.speed}
          strings={strings}
          onSpeed={(speed) => store.setSpeed(speed)}
          onRestart={(params) => store.reset(params)}
        />
        <SimClock store={store} label={strings.simTime} />
      </TopBar>
      <div className="desk__body">
        <ConversationList
          conversations={snapshot.conversations}
          activeId={snapshot.activeId}
          strings={strings}
          onOpen={open}
        />
        <ChatPane conv={snapshot.active} strings={strings} composer={composer} onSend={send} />
        <CustomerPanel conv={snapshot.active} conversations={snapshot.conversations} strings={strings} />
      </div>
    </div>
  );
}
