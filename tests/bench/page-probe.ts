// Bundled by run.ts and injected into the demo desk page: times the adapter
// engine against the page's real DOM, in a real browser.
import { observe } from '../../lib/adapters/engine';
import { builtInProfiles } from '../../lib/adapters/profiles';

export function timeScans(iterations: number): { medianMs: number; p95Ms: number; rows: number } {
  const profile = builtInProfiles.find((candidate) => candidate.id === 'demo-desk')!;
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    rows = observe(document, profile, location.origin).rows.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.floor(times.length * 0.95)]!,
    rows,
  };
}
