import { sitePattern } from '../../domain/site-pattern';
import { textHash } from '../../domain/text-hash';
import type { Generalised } from './rows';
import { isValidSelector } from '../css-selector';
import type { ParsedSiteProfile, SiteProfile } from '../site-profile';

/** What the operator pointed at, step by step; every part but the rows is optional. */
export interface TeachAnswers {
  rows: Generalised;
  keyAttribute: string | null;
  /** Without a key attribute: the link inside each row whose target is unique (`a[href]`). */
  keyLink?: string | null;
  name: Generalised | null;
  unread: Generalised | null;
  preview: Generalised | null;
  /** The row's time; `attribute` when a full time is kept in one (`datetime`, `title`). */
  time?: (Generalised & { attribute: string | null }) | null;
  customerBubble: Generalised | null;
  operatorBubble: Generalised | null;
  composer: Generalised | null;
  sendButton: Generalised | null;
  /** Matches while the console's reply box writes internal notes. */
  noteMode?: Generalised | null;
  /** Selectors of the same-origin frames and shadow hosts the taught parts live in. */
  frames?: string[];
  shadowHosts?: string[];
}

const entry = (part: Generalised) => [{ css: part.css, why: `Taught by pointing: ${part.why}` }];

/**
 * A profile's name as the settings list shows it: the host and the first words of the
 * path ("desk.example.com/agent/chats"), leaving out what looks like an id or a route's value.
 */
function profileName(url: string): string {
  const { hostname, pathname } = new URL(url);
  const words = pathname
    .split('/')
    .filter((segment) => /^[a-z][a-z-]*$/i.test(segment))
    .slice(0, 2);
  return [hostname, ...words].join('/');
}

/**
 * A taught profile's id without the list's fingerprint: `taught-desk-example-com`. Profiles
 * taught before each list got its own were stored under it, one per host.
 */
export function taughtHostId(url: string): string {
  const host = new URL(url).hostname;
  return `taught-${host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/**
 * Turns taught selectors into a site profile for this page's site. The chat pane
 * is searched in the whole page; the open chat is told by the engine from what the
 * page shows (open-row.ts), so a taught profile carries no rule for it. Only the selectors are checked here (the content script carries no
 * schema library); the background validates the whole profile when it is saved,
 * like any imported one, and the review shows its answer.
 */
export function buildTaughtProfile(url: string, answers: TeachAnswers): ParsedSiteProfile {
  const pattern = sitePattern(url);
  if (!pattern) return { ok: false, errors: ['url: Nezabudka cannot work on this page'] };
  // One host may serve several consoles (an agent view and a ticket view, a test gallery): each
  // list taught gets its own profile, told apart by its rows, and the one the page shows is used.
  // Teaching the same list again replaces its profile, after asking (teach-replace.ts).
  const id = `${taughtHostId(url)}-${textHash(answers.rows.css).slice(0, 6)}`;
  const sides = [answers.customerBubble, answers.operatorBubble].filter((side) => side !== null);
  const raw = {
    id,
    name: profileName(url),
    matches: [pattern],
    detect: answers.rows.css,
    ...(answers.frames?.length
      ? { frames: answers.frames.map((css) => ({ css, why: 'Taught: a part lives in this frame' })) }
      : {}),
    ...(answers.shadowHosts?.length
      ? {
          shadowHosts: answers.shadowHosts.map((css) => ({
            css,
            why: 'Taught: a part lives in its shadow root',
          })),
        }
      : {}),
    rows: entry(answers.rows),
    rowKey: answers.keyAttribute
      ? { attribute: answers.keyAttribute }
      : answers.keyLink
        ? {
            attribute: 'href',
            inside: [{ css: answers.keyLink, why: "The conversation's link: its target is unique per row" }],
          }
        : { attribute: 'data-nz-no-key', fallback: 'name' as const },
    customerName: entry(answers.name ?? answers.rows),
    ...(answers.unread ? { unread: { selectors: entry(answers.unread), count: true } } : {}),
    ...(answers.preview ? { preview: { selectors: entry(answers.preview) } } : {}),
    ...(answers.time
      ? {
          lastTime: {
            selectors: entry(answers.time),
            ...(answers.time.attribute ? { attribute: answers.time.attribute } : {}),
          },
        }
      : {}),
    ...(answers.customerBubble
      ? {
          chat: {
            root: [{ css: 'body', why: 'Bubbles are looked for in the whole page' }],
            messages: [
              { css: sides.map((side) => side.css).join(', '), why: 'The taught bubbles of both sides' },
            ],
            authors: [
              { selector: answers.customerBubble.css, author: 'customer' as const },
              ...(answers.operatorBubble
                ? [{ selector: answers.operatorBubble.css, author: 'operator' as const }]
                : []),
            ],
            text: [{ css: ':scope', why: 'The whole bubble is the message' }],
          },
        }
      : {}),
    ...(answers.composer ? { composer: entry(answers.composer) } : {}),
    ...(answers.sendButton ? { sendButton: entry(answers.sendButton) } : {}),
    ...(answers.noteMode ? { noteMode: entry(answers.noteMode) } : {}),
  };
  const invalid = [...new Set(collectCss(raw))].filter((css) => !isValidSelector(css));
  if (invalid.length > 0) {
    return { ok: false, errors: invalid.map((css) => `${JSON.stringify(css)} is not a valid CSS selector`) };
  }
  return { ok: true, profile: raw as SiteProfile };
}

/** Every selector in a profile draft, wherever it sits. */
function collectCss(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(collectCss);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    (key === 'css' || key === 'selector' || key === 'detect') && typeof inner === 'string'
      ? [inner]
      : collectCss(inner),
  );
}
