import { z } from '../domain/zod';

/**
 * A site profile describes one helpdesk's markup as data. Issue #4 grows it with
 * the selectors for rows, names, bubbles and the composer; today it says where
 * the overlay belongs.
 */
export const siteProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
  name: z.string().min(1),
  /** WebExtension match patterns for the pages this profile applies to. */
  matches: z.array(z.string().min(1)).min(1),
  /** A selector that must exist on the page: URL patterns alone can be too broad. */
  detect: z.string().min(1),
});

export type SiteProfile = z.infer<typeof siteProfileSchema>;
