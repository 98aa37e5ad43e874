// A tiny LitElement look-alike: an open shadow root, and renders batched into
// a microtask after property changes, so many changes cost one update.
export abstract class LiteElement extends HTMLElement {
  protected readonly root: ShadowRoot;
  private updatePending = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  requestUpdate(): void {
    if (this.updatePending) return;
    this.updatePending = true;
    queueMicrotask(() => {
      this.updatePending = false;
      this.update();
    });
  }

  /** Brings the shadow root up to date with the element's properties; keeps its nodes where it can. */
  protected abstract update(): void;
}
