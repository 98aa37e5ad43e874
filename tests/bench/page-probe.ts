// Bundled by run.ts and injected into the demo desk page: times the adapter
// engine against the page's real DOM, in a real browser.
import { observe } from '../../lib/adapters/engine';
import { builtInProfiles } from '../../lib/adapters/profiles';

/**
 * `findTimes`: as a taught profile scans (no time rule), so each row is searched
 * for the time it shows, the cost a console nobody wrote a profile for pays.
 */
export function timeScans(
  iterations: number,
  findTimes = false,
): { medianMs: number; p95Ms: number; rows: number } {
  const builtIn = builtInProfiles.find((candidate) => candidate.id === 'demo-desk')!;
  const profile = findTimes ? { ...builtIn, lastTime: undefined } : builtIn;
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    rows = observe(document, profile, location.origin, findTimes ? Date.now() : undefined).rows.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.floor(times.length * 0.95)]!,
    rows,
  };
}

/** A customer writes (through the desk's test API); resolves when our badge shows them waiting. */
export function timeMessageToBadge(n: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const shadow = document.querySelector('nezabudka-overlay')?.shadowRoot;
    const demo = (window as unknown as { nzDemo?: { addConversation(o: object): string } }).nzDemo;
    if (!shadow || !demo) return reject(new Error('no overlay or no demo desk'));
    const start = performance.now();
    const id = demo.addConversation({ name: `Bench Customer ${n}`, text: 'Hello, are you there?' });
    const selector = `[data-testid="nz-badge"][data-conversation="${id}"][data-state="ok"]`;
    const timer = setTimeout(() => reject(new Error('no badge within 5 s')), 5000);
    const observer = new MutationObserver(() => {
      if (!shadow.querySelector(selector)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    observer.observe(shadow, { subtree: true, childList: true, attributes: true });
  });
}

/**
 * Resolves with the time from the operator's Alt+Shift+T (the key event's own
 * time stamp) to the template palette standing in the overlay. Call it, then
 * press the keys through the browser (a page's synthetic keys open nothing).
 */
export function timePaletteOpen(): Promise<number> {
  return new Promise((resolve, reject) => {
    const shadow = document.querySelector('nezabudka-overlay')?.shadowRoot;
    if (!shadow) return reject(new Error('no overlay'));
    let pressedAt: number | null = null;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyT') pressedAt ??= event.timeStamp;
    };
    const timer = setTimeout(() => finish(new Error('no palette within 5 s')), 5000);
    const observer = new MutationObserver(() => {
      if (pressedAt !== null && shadow.querySelector('[data-testid="nz-palette"]'))
        finish(performance.now() - pressedAt);
    });
    function finish(result: number | Error) {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      if (result instanceof Error) reject(result);
      else resolve(result);
    }
    window.addEventListener('keydown', onKey, true);
    observer.observe(shadow, { subtree: true, childList: true });
  });
}
