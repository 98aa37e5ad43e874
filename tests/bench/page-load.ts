// What a page load costs the page's main thread, read from a Chromium trace:
// the renderer that committed the page, its main thread's tasks in the first
// seconds after navigation. The content script runs there, in its isolated world.
// Thread time, not wall time: on a machine shared with other work a task's wall
// time counts the moments the thread waited for a core (loads of the same page
// measured 209 to 391 ms of wall time, 84 to 91 ms of thread time).
import type { Browser } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Main-thread milliseconds of one load of `url` in a fresh tab, within `windowMs` of navigation. */
export async function loadMainThreadMs(browser: Browser, url: string, windowMs: number): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.tracing.start({ categories: CATEGORIES });
    const start = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await sleep(Math.max(0, windowMs - (Date.now() - start)));
    const trace = await page.tracing.stop();
    if (!trace) throw new Error('Chromium returned no trace');
    return mainThreadMs(
      JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: TraceEvent[] },
      url,
      windowMs,
    );
  } finally {
    await page.close();
  }
}

/** Sums the thread time of the top-level tasks of the page's renderer main thread from the trace's start. */
export function mainThreadMs(trace: { traceEvents: TraceEvent[] }, url: string, windowMs: number): number {
  const events = trace.traceEvents;
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const committed = events.find(
    (event) => event.name === 'FrameCommittedInBrowser' && event.args?.data?.url === url,
  );
  const pid = committed?.args?.data?.processId;
  if (!started || pid === undefined) throw new Error(`the trace shows no commit of ${url}`);
  const main = events.find(
    (event) => event.name === 'thread_name' && event.pid === pid && event.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error(`the trace names no main thread for the renderer of ${url}`);
  const end = started.ts + windowMs * 1000;
  let micros = 0;
  for (const event of events)
    if (
      event.name === 'RunTask' &&
      event.ph === 'X' &&
      event.pid === pid &&
      event.tid === main.tid &&
      event.ts >= started.ts &&
      event.ts < end
    )
      micros += event.tdur ?? 0;
  return micros / 1000;
}
