import { createTranslator, type MessageKey, type Translate } from './messages';

export type MessageParams = Record<string, string | number>;

const english = createTranslator('en');

/**
 * A failure the operator should read ("this shortcut is taken"), carried as a
 * message key so that every page words it in the operator's language. The
 * English text stays the Error's message for logs and tests.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    /** The field of a form the problem is in (a template's `title`, say). */
    readonly field: string | null = null,
  ) {
    super(english(key, params));
  }
}

/** What crosses the messaging boundary besides the English text. */
export interface UserErrorData {
  key: MessageKey;
  params: MessageParams;
  field: string | null;
}

const isKey = (value: unknown): value is MessageKey =>
  typeof value === 'string' && english(value as MessageKey) !== value;

/** The key, params and field of an error that has them (a UserError, or one rebuilt from a reply). */
export function userErrorData(error: unknown): UserErrorData | null {
  if (typeof error !== 'object' || error === null) return null;
  const { key, params, field } = error as Partial<UserErrorData>;
  if (!isKey(key)) return null;
  return {
    key,
    params: typeof params === 'object' && params !== null ? params : {},
    field: typeof field === 'string' ? field : null,
  };
}

/** An error as the operator reads it: translated when it is a UserError, else its own text. */
export function describeError(error: unknown, t: Translate): string {
  const data = userErrorData(error);
  if (data) return t(data.key, data.params);
  return error instanceof Error ? error.message : String(error);
}
