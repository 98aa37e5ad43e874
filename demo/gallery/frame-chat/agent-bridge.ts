// window.PulseAgent: what the agent app lends the dialog frame, like the JS API
// an embedded view gets from its host: read a dialog, hear changes, send, and
// keep the composer's draft while the frame's document comes and goes.
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';

export interface PulseAgent {
  lang: Lang;
  chat(id: string): GalleryConversation | undefined;
  subscribe(listener: () => void): () => void;
  send(id: string, text: string, kind: 'operator' | 'note'): void;
  draft(id: string): string;
  saveDraft(id: string, text: string): void;
}

type PulseWindow = Window & { PulseAgent?: PulseAgent };

export function exposeAgent(win: Window, sim: GallerySim, lang: Lang): PulseAgent {
  const drafts = new Map<string, string>();
  const agent: PulseAgent = {
    lang,
    chat: (id) => sim.get(id),
    subscribe: (listener) => sim.subscribe(listener),
    send: (id, text, kind) => {
      sim.operatorSends(id, text, Date.now(), kind);
      drafts.delete(id);
    },
    draft: (id) => drafts.get(id) ?? '',
    saveDraft: (id, text) => {
      if (text) drafts.set(id, text);
      else drafts.delete(id);
    },
  };
  (win as PulseWindow).PulseAgent = agent;
  return agent;
}

/** The host app's agent API, from inside the frame; null when the page is opened on its own. */
export function hostAgent(win: Window): PulseAgent | null {
  if (win.parent === win) return null;
  try {
    return (win.parent as PulseWindow).PulseAgent ?? null;
  } catch {
    return null;
  }
}
