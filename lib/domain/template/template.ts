import { locales } from '../locale';
import { z } from '../zod';

/** A shortcut typed after ";" in the composer, e.g. ";refund". */
export const shortcutSchema = z
  .string()
  .regex(/^[\p{L}\p{N}_-]{1,30}$/u, 'letters, digits, "-" and "_" only, up to 30');

/** A reply template as the operator edits it (stored in Dexie, exported as JSON/CSV). */
export const templateSchema = z.object({
  id: z.string().min(1).max(80),
  title: z.string().trim().min(1).max(120),
  /** The main wording. */
  body: z.string().trim().min(1).max(5000),
  /** Other wordings of the same reply; one is picked per use, avoiding repeats per customer. */
  variants: z.array(z.string().trim().min(1).max(5000)).max(10),
  shortcut: shortcutSchema.nullable(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20),
  language: z.enum(locales),
  usageCount: z.number().int().min(0),
  lastUsedAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export type Template = z.infer<typeof templateSchema>;

/** A template as shipped in the starter library (no usage figures yet). */
export const starterTemplateSchema = templateSchema.pick({
  id: true,
  title: true,
  language: true,
  shortcut: true,
  tags: true,
  body: true,
  variants: true,
});
export type StarterTemplate = z.infer<typeof starterTemplateSchema>;

/** Every wording of a template: the body first. */
export const wordingsOf = (template: Pick<Template, 'body' | 'variants'>) => [
  template.body,
  ...template.variants,
];
