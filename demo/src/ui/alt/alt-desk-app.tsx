// The alt skin (`?skin=alt`): another vendor's operator console over the same
// store. Its markup shares no hook with the default skin (see demo/README.md,
// "Markup contract (the alt skin)").
import { useCallback, useSyncExternalStore } from 'react';
import type { DeskStore } from '../../runtime/desk-store.ts';
import type { Lang } from '../../sim/types.ts';
import type { ComposerKind } from '../composers/composer-kind.ts';
import { ALT } from './alt-classes.ts';
import { AltDetails } from './alt-details.tsx';
import { AltHeader } from './alt-header.tsx';
import { AltInbox } from './alt-inbox.tsx';
import { ALT_STRINGS } from './alt-strings.ts';
import { AltThreadView } from './alt-thread-view.tsx';

export interface AltDeskAppProps {
  readonly store: DeskStore;
  readonly lang: Lang;
  readonly composer: ComposerKind;
}

export function AltDeskApp({ store, lang, composer }: AltDeskAppProps) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const strings = ALT_STRINGS[lang];
  const open = useCallback((id: string) => store.open(id), [store]);
  const send = useCallback(
    (id: string, text: string, asNote: boolean) => store.send(id, text, asNote),
    [store],
  );

  return (
    <div id="app" className="console" data-app="alt-desk" lang={lang}>
      <AltHeader
        store={store}
        seed={snapshot.seed}
        chats={snapshot.chats}
        speed={snapshot.speed}
        strings={strings}
      />
      <div className={ALT.body}>
        <AltInbox
          conversations={snapshot.conversations}
          activeId={snapshot.activeId}
          strings={strings}
          onOpen={open}
        />
        <AltThreadView conv={snapshot.active} strings={strings} composer={composer} onSend={send} />
        <AltDetails conv={snapshot.active} conversations={snapshot.conversations} strings={strings} />
      </div>
    </div>
  );
}
