// Reply drafts per ticket, kept while the agent moves between tickets as ticket
// desks do; the store is what the reply box renders and what Send reads.
type Listener = () => void;

export class Drafts {
  private readonly texts = new Map<string, string>();
  private readonly listeners = new Set<Listener>();

  get(id: string): string {
    return this.texts.get(id) ?? '';
  }

  set(id: string, text: string): void {
    this.texts.set(id, text);
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
