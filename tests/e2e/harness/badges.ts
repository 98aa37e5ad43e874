import type { Page } from 'puppeteer-core';

export interface BadgeFacts {
  state: string;
  waitSeconds: number;
  level: string;
  text: string;
}

const badgeSelector = (key: string) => `[data-testid="nz-badge"][data-conversation="${key}"]`;

/** The badge of one conversation, read through the overlay's shadow root; null when absent. */
export function readBadge(page: Page, key: string): Promise<BadgeFacts | null> {
  return page.evaluate((selector: string) => {
    const badge = document.querySelector('nezabudka-overlay')?.shadowRoot?.querySelector(selector);
    if (!badge) return null;
    return {
      state: badge.getAttribute('data-state') ?? '',
      waitSeconds: Number(badge.getAttribute('data-wait-seconds')),
      level: badge.getAttribute('data-level') ?? '',
      text: badge.textContent ?? '',
    };
  }, badgeSelector(key));
}

/** Waits until the conversation's badge is in `state` (or gone, for state null). */
export async function waitForBadgeState(page: Page, key: string, state: string | null, timeout = 20_000) {
  await page.waitForFunction(
    (selector: string, wanted: string | null) => {
      const badge = document.querySelector('nezabudka-overlay')?.shadowRoot?.querySelector(selector);
      return wanted === null ? !badge : badge?.getAttribute('data-state') === wanted;
    },
    { timeout, polling: 100 },
    badgeSelector(key),
    state,
  );
}

/** Waits until the conversation has a badge, in any state. */
export async function waitForBadge(page: Page, key: string, timeout = 10_000) {
  await page.waitForFunction(
    (selector: string) => document.querySelector('nezabudka-overlay')?.shadowRoot?.querySelector(selector),
    { timeout, polling: 100 },
    badgeSelector(key),
  );
}
