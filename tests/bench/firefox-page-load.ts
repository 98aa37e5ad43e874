// What a page load costs the page's main thread in Firefox. Over WebDriver BiDi
// Firefox gives no trace and no performance counters, so the thread is read where
// the system keeps it: Linux's /proc has each thread's time on a core in
// nanoseconds (schedstat), and a content process's main thread is the process's
// own first thread. The content script runs there, like the page's scripts.
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'puppeteer-core';

/** The processes Firefox shows pages in (without Fission "Web Content", with it "Isolated Web Co…"). */
const PAGE_PROCESS = /^(Web Content|Isolated Web)/;

interface ProcessEntry {
  pid: number;
  parent: number;
  name: string;
}

function processes(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (name) state ppid …": the name may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      entries.push({
        pid: Number(name),
        name: stat.slice(stat.indexOf('(') + 1, close),
        parent: Number(stat.slice(close + 2).split(' ')[1]),
      });
    } catch {
      // The process ended while the list was read.
    }
  }
  return entries;
}

/** Milliseconds each of the browser's page processes' main threads has spent on a core. */
function pageProcessThreadMs(browserPid: number): Map<number, number> {
  const all = processes();
  const family = new Set([browserPid]);
  // Content processes may be children of a fork server, itself the browser's child.
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of all)
      if (family.has(entry.parent) && !family.has(entry.pid)) {
        family.add(entry.pid);
        grew = true;
      }
  }
  const times = new Map<number, number>();
  for (const entry of all) {
    if (!family.has(entry.pid) || !PAGE_PROCESS.test(entry.name)) continue;
    try {
      const onCore = readFileSync(`/proc/${entry.pid}/task/${entry.pid}/schedstat`, 'utf8').split(' ')[0];
      times.set(entry.pid, Number(onCore) / 1e6);
    } catch {
      // Ended meanwhile.
    }
  }
  return times;
}

/**
 * Main-thread milliseconds of one load of `url` in a fresh tab, within `windowMs` of
 * navigation: the page's process is the one (already running when the load began)
 * whose main thread worked most. Firefox shows a new page in a process it started
 * beforehand and then starts the next spare one: that start is not the page's work.
 */
export async function firefoxLoadMainThreadMs(
  browser: Browser,
  url: string,
  windowMs: number,
): Promise<number> {
  const browserPid = browser.process()?.pid;
  if (browserPid === undefined) throw new Error('the bench needs a Firefox it launched itself');
  const page = await browser.newPage();
  try {
    const before = pageProcessThreadMs(browserPid);
    if (before.size === 0)
      throw new Error(`no Firefox content process found under pid ${browserPid} in /proc`);
    const start = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await sleep(Math.max(0, windowMs - (Date.now() - start)));
    let most = 0;
    for (const [pid, ms] of pageProcessThreadMs(browserPid)) {
      const was = before.get(pid);
      if (was !== undefined) most = Math.max(most, ms - was);
    }
    return most;
  } finally {
    await page.close();
  }
}
