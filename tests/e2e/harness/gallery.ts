import type { Page } from 'puppeteer-core';
import type { NzGalleryApi, Rect, TruthConversation } from '../../../demo/gallery/shared/ground-truth';
import type { TeachPart } from '../../../demo/gallery/shared/gallery-types';
import type { ExtensionBrowser } from './extension-browser';
import { startTeaching } from './teach';

// Driving a gallery console (demo/gallery) as an operator does, and reading its
// ground truth (window.nzGallery, main world; the extension never reads it).

export type { TruthConversation };

interface GalleryWindow {
  nzGallery: NzGalleryApi;
}

export async function waitForGallery(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as Partial<GalleryWindow>).nzGallery), {
    timeout: 15_000,
  });
}

export function truth(page: Page): Promise<TruthConversation[]> {
  return page.evaluate(() => (window as unknown as GalleryWindow).nzGallery.conversations());
}

export function openIdOf(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as GalleryWindow).nzGallery.openId());
}

/**
 * Where a person clicks a conversation's row: its first quarter (the avatar, the
 * name), else its middle — not where Nezabudka's own badge or chip lies. Null when
 * the row is not on screen; 'covered' when Nezabudka covers both.
 */
async function rowPoint(page: Page, id: string): Promise<{ x: number; y: number } | 'covered' | null> {
  const row = (await truth(page)).find((conversation) => conversation.id === id)?.rect;
  if (!row) return null;
  // Where the name is, else elsewhere on the row a person sees past Nezabudka's chip.
  const spots = [0.5, 0.25].flatMap((down) => [0.25, 0.5, 0.75].map((across) => [across, down] as const));
  for (const [across, down] of spots) {
    const candidate = { x: row.x + row.width * across, y: row.y + row.height * down };
    const covered = await page.evaluate(
      ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('nezabudka-teach, nezabudka-overlay')),
      candidate,
    );
    if (!covered) return candidate;
  }
  return 'covered';
}

/**
 * Opens a conversation as an operator does: a click on its row, where the name is
 * and not on Nezabudka's badge, when the row is on screen (a console may mark the
 * open row only by how it redraws the clicked one); else the console's own way (a
 * ticket desk showing a ticket).
 */
export async function openConversation(page: Page, id: string): Promise<void> {
  const opened = () =>
    page.waitForFunction(
      (which: string) => (window as unknown as GalleryWindow).nzGallery.openId() === which,
      { timeout: 5_000 },
      id,
    );
  let point = await rowPoint(page, id);
  if (point === 'covered') {
    // Under Nezabudka's chip at the window's bottom: a person scrolls the list a little first.
    const row = (await truth(page)).find((conversation) => conversation.id === id)!.rect!;
    await page.mouse.move(row.x + row.width / 2, row.y + row.height / 2);
    await page.mouse.wheel({ deltaY: 240 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    point = await rowPoint(page, id);
  }
  if (point && point !== 'covered') await page.mouse.click(point.x, point.y);
  else await page.evaluate((which: string) => (window as unknown as GalleryWindow).nzGallery.open(which), id);
  await opened();
  // A console may draw the conversation a moment later (a frame loading its document).
  await page
    .waitForFunction(() => (window as unknown as GalleryWindow).nzGallery.teachPoint('composer') !== null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
}

/** How many customers the overlay's chip says are waiting (0 when it shows no count). */
export function waitingCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const count = document
      .querySelector('nezabudka-overlay')
      ?.shadowRoot?.querySelector('[data-testid="nz-waiting-count"]');
    return Number(/\d+/.exec(count?.textContent ?? '')?.[0] ?? 0);
  });
}

/** Back to the list the console's own way (for consoles that show the list or a conversation, not both). */
export async function closeConversation(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as GalleryWindow).nzGallery.close());
  await page.waitForFunction(() => (window as unknown as GalleryWindow).nzGallery.openId() === null, {
    timeout: 5_000,
  });
}

export function customerWrites(page: Page, id: string, text: string): Promise<void> {
  return page.evaluate(
    (which: string, body: string) =>
      (window as unknown as GalleryWindow).nzGallery.customerWrites(which, body),
    id,
    text,
  );
}

/** Whether the open conversation's reply box writes internal notes now (the console's own state). */
export function inNoteMode(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as GalleryWindow).nzGallery.inNoteMode());
}

/** Waits until the console's note mode is `on` (it redraws a moment after the click); false when it never is. */
export async function noteModeBecomes(page: Page, on: boolean): Promise<boolean> {
  return page
    .waitForFunction(
      (want: boolean) => (window as unknown as GalleryWindow).nzGallery.inNoteMode() === want,
      { timeout: 3_000 },
      on,
    )
    .then(() => true)
    .catch(() => false);
}

/**
 * Back to replies as a person whose desk is in note mode does: the Reply tab, or
 * the note checkbox once more. Nothing to do when the desk writes replies already.
 */
export async function switchToReplies(page: Page): Promise<void> {
  if (!(await inNoteMode(page))) return;
  const click = await clickPart(page, 'replySwitch');
  if (click !== 'clicked') throw new Error(`the switch back to replies is ${click}`);
  if (!(await noteModeBecomes(page, false))) throw new Error('the desk stays in note mode');
}

export function composerText(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as GalleryWindow).nzGallery.composerText());
}

/** Seconds the row's printed time proves its last message is old, at least (the console's own precision). */
export function shownAge(page: Page, id: string): Promise<number | null> {
  return page.evaluate((which: string) => (window as unknown as GalleryWindow).nzGallery.shownAge(which), id);
}

/** Whether the row prints its time to the second (a full timestamp or a wait in seconds). */
export function shownToTheSecond(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    (which: string) => (window as unknown as GalleryWindow).nzGallery.shownToTheSecond(which),
    id,
  );
}

/** When the conversation's last message (anyone's) was written, page clock. */
export function lastMessageAt(page: Page, id: string): Promise<number | null> {
  return page.evaluate(
    (which: string) => (window as unknown as GalleryWindow).nzGallery.messages(which).at(-1)?.at ?? null,
    id,
  );
}

export function lastAuthor(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (which: string) => (window as unknown as GalleryWindow).nzGallery.messages(which).at(-1)?.author ?? null,
    id,
  );
}

/** Waits until the conversation's newest message (by the console's own record) is by `author`. */
export async function waitForLastAuthor(page: Page, id: string, author: string): Promise<void> {
  await page.waitForFunction(
    (which: string, wanted: string) =>
      (window as unknown as GalleryWindow).nzGallery.messages(which).at(-1)?.author === wanted,
    { timeout: 5_000 },
    id,
    author,
  );
}

/**
 * Clicks where a person aims at `part`: the middle of its text. 'absent' when the
 * console has no such part; 'covered' when Nezabudka's own panel or overlay lies
 * over that point (a person cannot click it there, so nothing is clicked).
 */
export async function clickPart(page: Page, part: TeachPart): Promise<'clicked' | 'absent' | 'covered'> {
  const point = await page.evaluate((which: TeachPart) => {
    const at = (window as unknown as GalleryWindow).nzGallery.teachPoint(which);
    const top = at && document.elementFromPoint(at.x, at.y);
    return at && { ...at, covered: Boolean(top?.closest('nezabudka-teach, nezabudka-overlay')) };
  }, part);
  if (!point) return 'absent';
  if (point.covered) return 'covered';
  await page.mouse.click(point.x, point.y);
  return 'clicked';
}

export interface BadgeOnScreen {
  key: string;
  state: string;
  waitSeconds: number;
  /** The badge says "at least": from the time a row shows (`shown`) or from first sight (`seen`). */
  atLeast: string | null;
  rect: Rect;
}

/** Every wait badge the overlay draws, with where it is on screen. */
export function badgesOnScreen(page: Page): Promise<BadgeOnScreen[]> {
  return page.evaluate(() => {
    const root = document.querySelector('nezabudka-overlay')?.shadowRoot;
    return [...(root?.querySelectorAll('[data-testid="nz-badge"]') ?? [])].map((badge) => {
      const box = badge.getBoundingClientRect();
      return {
        key: badge.getAttribute('data-conversation') ?? '',
        state: badge.getAttribute('data-state') ?? '',
        waitSeconds: Number(badge.getAttribute('data-wait-seconds')),
        atLeast: badge.getAttribute('data-at-least'),
        rect: { x: box.left, y: box.top, width: box.width, height: box.height },
      };
    });
  });
}

/**
 * The badges that say a customer waits: not the follow-up reminders Nezabudka draws
 * (state `idle`) on chats where the operator wrote last long ago.
 */
export async function waitBadgesOnScreen(page: Page): Promise<BadgeOnScreen[]> {
  return (await badgesOnScreen(page)).filter((badge) => badge.state !== 'idle');
}

/** The badges drawn for a row: their middle is at the row's height (wherever across the page). */
export function badgesFor(row: Rect, badges: readonly BadgeOnScreen[]): BadgeOnScreen[] {
  return badges.filter((badge) => {
    const y = badge.rect.y + badge.rect.height / 2;
    return y >= row.y && y <= row.y + row.height;
  });
}

/** The badge lies inside the row's box, fully on screen (badges belong to rows). */
export function isOnRow(badge: BadgeOnScreen, row: Rect): boolean {
  const { x, y, width, height } = badge.rect;
  return (
    x >= row.x && x + width <= row.x + row.width && y >= row.y - 1 && y + height <= row.y + row.height + 1
  );
}

const teachPanel = 'nezabudka-teach >>> [data-testid="nz-teach"]';
const STEP_PARTS: Record<string, TeachPart> = {
  rows: 'row',
  name: 'name',
  unread: 'unread',
  preview: 'preview',
  time: 'time',
  customerBubble: 'customerBubble',
  operatorBubble: 'operatorBubble',
  composer: 'composer',
  sendButton: 'send',
  noteMode: 'noteSwitch',
};

export interface TeachOutcome {
  /** Conversations the heuristic proposed before any click; null when it proposed none. */
  proposed: number | null;
  /** Steps whose obvious click was refused, with what the panel said (the note switch's aside). */
  refused: string[];
  /** What the panel said when the click on the note switch taught nothing (judged by the note check). */
  noteRefused: string | null;
  /** The review said the desk is now in note mode. */
  noteHint: boolean;
  /** The desk was in note mode after teaching, and the operator switched back to replies. */
  switchedBack: boolean;
  /** Steps skipped because the console has no such part. */
  absent: string[];
  /** Conversations the taught profile sees on the review step. */
  reviewCount: number;
  /** Saving asked before replacing one of the operator's profiles (answered with `onReplace`). */
  askedToReplace: boolean;
  saved: boolean;
}

/** NZ_GALLERY_DEBUG=1 prints every teaching step (while working on a console). */
const debug = (...what: unknown[]) => {
  if (process.env.NZ_GALLERY_DEBUG) console.log('[teach]', ...what);
};

const stepOf = (page: Page) => page.$eval(teachPanel, (panel) => panel.getAttribute('data-step') ?? '');

/** The step changed after a click, or the panel shows a problem (the click taught nothing). */
async function afterClick(page: Page, before: string): Promise<{ step: string; problem: string | null }> {
  const until = Date.now() + 3_000;
  for (;;) {
    const step = await stepOf(page);
    if (step !== before) return { step, problem: null };
    const problem = await page
      .$eval(`${teachPanel} [role="alert"]`, (alert) => alert.textContent ?? '')
      .catch(() => null);
    if (problem || Date.now() > until) return { step, problem: problem ?? 'the click changed nothing' };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Teaches the console with the first obvious click for each step: accepts the
 * heuristic's proposal only when it found as many rows as are on screen (a person
 * compares the outline with the list), otherwise goes Back and points at a row.
 * A refused click is noted and the step skipped, so the rest can still be taught.
 */
export async function teachConsole(
  ext: ExtensionBrowser,
  page: Page,
  drawnRows: number,
  /** The answer when saving asks before replacing a profile of this console. */
  onReplace: 'replace' | 'keepBoth' = 'replace',
): Promise<TeachOutcome> {
  const outcome: TeachOutcome = {
    proposed: null,
    refused: [],
    noteRefused: null,
    noteHint: false,
    switchedBack: false,
    absent: [],
    reviewCount: 0,
    askedToReplace: false,
    saved: false,
  };
  await startTeaching(ext, page);
  await page.bringToFront();
  await page.waitForSelector(teachPanel);
  let step = await stepOf(page);
  if (step === 'name') {
    const text = await page.$eval(
      `${teachPanel} [data-testid="nz-teach-proposed"]`,
      (p) => p.textContent ?? '',
    );
    outcome.proposed = Number(/\d+/.exec(text)?.[0] ?? 0);
    if (outcome.proposed !== drawnRows) {
      await page.click(`${teachPanel} [data-testid="nz-teach-back"]`);
      await page.waitForFunction(
        (selector: string) =>
          document
            .querySelector('nezabudka-teach')
            ?.shadowRoot?.querySelector(selector)
            ?.getAttribute('data-step') === 'rows',
        {},
        '[data-testid="nz-teach"]',
      );
      step = 'rows';
    }
  }
  while (step !== 'review') {
    const part = STEP_PARTS[step];
    if (!part) throw new Error(`unknown teach step ${step}`);
    const click = await clickPart(page, part);
    debug(step, click);
    const clicked = click === 'clicked';
    if (click === 'absent') outcome.absent.push(step);
    if (click === 'covered') outcome.refused.push(`${step}: covered by the teach panel`);
    const result = clicked ? await afterClick(page, step) : { step, problem: null };
    debug('  →', result);
    if (result.step !== step) {
      step = result.step;
      continue;
    }
    // The note switch is optional and judged by the note check: a desk whose note mode shows in
    // nothing stable is still taught.
    if (clicked && step === 'noteMode') outcome.noteRefused = result.problem;
    else if (clicked) outcome.refused.push(`${step}: ${result.problem}`);
    if (step === 'rows') return outcome; // nothing to watch without rows
    await page.click(`${teachPanel} [data-testid="nz-teach-skip"]`);
    step = (await afterClick(page, step)).step;
  }
  outcome.reviewCount = Number(
    await page.$eval(`${teachPanel} [data-testid="nz-teach-review"]`, (p) => p.getAttribute('data-count')),
  );
  outcome.noteHint = (await page.$(`${teachPanel} [data-testid="nz-teach-note-on"]`)) !== null;
  if (outcome.reviewCount > 0) {
    await page.click(`${teachPanel} [data-testid="nz-teach-save"]`);
    const saved = 'nezabudka-teach >>> [data-testid="nz-teach-saved"]';
    const ask = 'nezabudka-teach >>> [data-testid="nz-teach-replace-ask"]';
    const answer = await page.waitForSelector(`${saved}, ${ask}`, { timeout: 10_000 });
    if (await answer!.evaluate((element) => element.getAttribute('data-testid') === 'nz-teach-replace-ask')) {
      outcome.askedToReplace = true;
      await page.click(`${ask} button:nth-child(${onReplace === 'replace' ? 1 : 2})`);
      await page.waitForSelector(saved, { timeout: 10_000 });
    }
    outcome.saved = true;
  }
  // Done: the operator closes the panel and goes back to work.
  await page.click(`${teachPanel} [data-testid="nz-teach-close"]`);
  await page.waitForFunction(() => !document.querySelector('nezabudka-teach'), { timeout: 5_000 });
  // The click on the note switch reached the desk, which now writes notes (the review said so when
  // it learned them): the operator switches back to replies, as they would before working on.
  if (await inNoteMode(page)) {
    await switchToReplies(page);
    outcome.switchedBack = true;
  }
  return outcome;
}

/**
 * How many reply boxes anywhere in the console hold `text` — shown or hidden, in open
 * shadow roots and same-origin frames: a template must reach the open chat's box only.
 */
export function boxesHolding(page: Page, text: string): Promise<number> {
  return page.evaluate((wanted: string) => {
    let count = 0;
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.closest('nezabudka-overlay, nezabudka-teach')) continue;
        const field = element as HTMLInputElement | HTMLTextAreaElement;
        const isField = element.localName === 'textarea' || element.localName === 'input';
        const editable =
          (element as HTMLElement).isContentEditable && !element.parentElement?.isContentEditable;
        if ((isField && field.value.includes(wanted)) || (editable && element.textContent?.includes(wanted)))
          count += 1;
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element.localName === 'iframe') {
          try {
            const inner = (element as HTMLIFrameElement).contentDocument;
            if (inner) visit(inner);
          } catch {
            // another origin: not the console's own
          }
        }
      }
    };
    visit(document);
    return count;
  }, text);
}
