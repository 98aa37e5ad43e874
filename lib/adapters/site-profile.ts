import { isValidMatchPattern } from '../domain/match-pattern';
import type { Author } from '../domain/observation';
import { z } from '../domain/zod';
import { createTranslator, type Translate } from '../i18n/messages';
import { isValidSelector } from './css-selector';

const AUTHORS = ['customer', 'operator', 'note', 'bot'] as const satisfies readonly Author[];

const cssSchema = z
  .string()
  .min(1, 'an empty selector matches nothing')
  .refine(isValidSelector, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a valid CSS selector`,
  });

export const authorSchema = z.enum(AUTHORS, {
  error: (issue) => `${JSON.stringify(issue.input)} is not an author: use ${AUTHORS.join(', ')}`,
});

// Attribute names are spliced into selectors (findRowElement), so keep them plain.
const attributeSchema = z
  .string()
  .regex(/^[A-Za-z_][\w.:-]*$/, 'use a plain attribute name such as data-conversation-id');

/** One selector and the reason it exists: profiles are read and fixed by people. */
export const selectorSchema = z.object({
  css: cssSchema,
  why: z.string().min(1, 'say why this selector exists'),
});

/**
 * Alternatives tried in order; the first selector that matches anything wins.
 * Later entries cover markup variants (an older skin, a renamed class).
 */
export const selectorListSchema = z.array(selectorSchema).min(1, 'give at least one selector');

const timeSchema = z.object({
  selectors: selectorListSchema,
  /** Attribute holding an ISO date-time (e.g. `datetime`); without it the element's text is read. */
  attribute: attributeSchema.optional(),
});

/**
 * A site profile describes one helpdesk's markup as data (see DESIGN.md, "Site
 * profiles"). Selectors that work "inside a row" or "inside a bubble" also match
 * that element itself, so a class on the row (`.row--vip`) works as a marker.
 */
export const siteProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
  name: z.string().min(1),
  /** WebExtension match patterns for the pages this profile applies to. */
  matches: z.array(z.string().refine(isValidMatchPattern, { params: { sitePattern: true } })).min(1),
  /** A selector that must exist on the page: URL patterns alone can be too broad. */
  detect: cssSchema,

  /** Same-origin iframes whose documents are searched too (many desks render the chat in one). */
  frames: selectorListSchema.optional(),
  /** Elements whose open shadow roots are searched too (web-component desks). */
  shadowHosts: selectorListSchema.optional(),
  /** Conversation rows in the list. */
  rows: selectorListSchema,
  /**
   * Where a row keeps its stable key: an attribute of the row, or of the first element
   * `inside` it that matches (the conversation's link: `a[href]` + `href`);
   * `fallback: 'name'` keys rows by name when the attribute is missing.
   */
  rowKey: z.object({
    attribute: attributeSchema,
    inside: selectorListSchema.optional(),
    fallback: z.literal('name').optional(),
  }),
  /** The customer's name, inside a row (`name` is the profile's own). */
  customerName: selectorListSchema,
  /** The last-message preview, inside a row. */
  preview: z
    .object({
      selectors: selectorListSchema,
      /** The desk's own labels ("You: ") removed from the preview text. */
      stripPrefixes: z.array(z.string().min(1)).optional(),
      /** Attribute on the preview naming its author, mapped through `authorValues` (identity when absent). */
      authorAttribute: attributeSchema.optional(),
      authorValues: z.record(z.string(), authorSchema).optional(),
      /** Labels that tell the author when no attribute does; they are stripped like `stripPrefixes`. */
      prefixAuthors: z.record(z.string().min(1), authorSchema).optional(),
    })
    .optional(),
  /** The unread marker, inside a row; `count` reads a number from its text (a bare marker is 1). */
  unread: z.object({ selectors: selectorListSchema, count: z.boolean() }).optional(),
  /** The time of the row's last message. */
  lastTime: timeSchema.optional(),
  /** A VIP marker inside a row. */
  vipMarker: selectorListSchema.optional(),
  /** How the open conversation's row differs from the others: matching selectors or an attribute value. */
  activeRow: z
    .object({
      selectors: selectorListSchema.optional(),
      attribute: z.object({ name: attributeSchema, value: z.string() }).optional(),
    })
    .refine((active) => active.selectors || active.attribute, 'give selectors, an attribute, or both')
    .optional(),
  /** The open chat. */
  chat: z
    .object({
      root: selectorListSchema,
      /** Attribute on the chat root holding the open conversation's key. */
      keyAttribute: attributeSchema.optional(),
      /** Message bubbles inside the root, oldest first in document order. */
      messages: selectorListSchema,
      /** The first rule the bubble matches names its author; a bubble matching none is skipped. */
      authors: z.array(z.object({ selector: cssSchema, author: authorSchema })).min(1),
      /** The message text inside a bubble; the whole bubble's text when none matches. */
      text: selectorListSchema,
      time: timeSchema.optional(),
      messageIdAttribute: attributeSchema.optional(),
    })
    .optional(),
  /**
   * The reply editor and its send button: templates go into the editor, and the
   * operator's own Send (Enter in the editor, or a click on the button, once the
   * text leaves the editor) ends the open conversation's wait.
   */
  composer: selectorListSchema.optional(),
  sendButton: selectorListSchema.optional(),
  /**
   * The console's note (internal) mode: while any of these matches in the page,
   * Send writes an internal note, which ends no wait (e.g. a `.composer--note`
   * class, or a pressed "Note" tab).
   */
  noteMode: selectorListSchema.optional(),
  /** Where the overlay draws a row's wait badge: beside `anchor` (inside the row; default the row). */
  badge: z.object({ anchor: selectorListSchema.optional(), placement: z.enum(['end', 'start']) }).optional(),
});

export type SiteProfile = z.infer<typeof siteProfileSchema>;
export type SelectorList = z.infer<typeof selectorListSchema>;

export type ParsedSiteProfile = { ok: true; profile: SiteProfile } | { ok: false; errors: string[] };

/** `chat.messages[0].css`, `preview.prefixAuthors["Вы: "]`. */
function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text || '(profile)';
}

const english = createTranslator('en');

/**
 * Validates a profile (built-in, taught or imported) and explains every problem by
 * field; `t` words the problems an operator meets most (a site pattern) in their language.
 */
export function parseSiteProfile(raw: unknown, t: Translate = english): ParsedSiteProfile {
  const result = siteProfileSchema.safeParse(raw, {
    error: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
      if (issue.code === 'custom' && issue.params?.sitePattern)
        return t('profilesBadPattern', { pattern: JSON.stringify(issue.input) });
      return undefined;
    },
  });
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
  };
}
