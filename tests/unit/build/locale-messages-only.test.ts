import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeMessagesOnly, messagesOnly } from '../../../demo/tools/locale-messages-only';

// The repository's own English file (tests run from the repository's root).
const enFile = readFileSync(path.resolve('assets/public/_locales/en/messages.json'), 'utf8');

type Transform = (code: string, id: string) => { code: string } | null;
const transform = localeMessagesOnly().transform as Transform;

describe('the locale files as the scripts import them', () => {
  it('keep every text and drop the notes for translators', () => {
    const full = JSON.parse(enFile) as Record<string, { message: string; description?: string }>;
    const stripped = JSON.parse(messagesOnly(enFile)) as Record<string, { message: string }>;
    expect(Object.keys(stripped)).toEqual(Object.keys(full));
    for (const [key, entry] of Object.entries(full))
      expect(stripped[key]).toEqual({ message: entry.message });
    expect(enFile).toContain('"description"');
    expect(JSON.stringify(stripped)).not.toContain('"description"');
  });

  it('are the only files changed, on either kind of path', () => {
    expect(transform(enFile, '/repo/assets/public/_locales/ru/messages.json')?.code).toBe(
      messagesOnly(enFile),
    );
    expect(transform(enFile, 'C:\\repo\\assets\\public\\_locales\\en\\messages.json?import')?.code).toBe(
      messagesOnly(enFile),
    );
    expect(transform(enFile, '/repo/lib/adapters/data/send-words.json')).toBeNull();
    expect(transform(enFile, '/repo/assets/public/_locales/en/other.json')).toBeNull();
  });

  it('stop the build on an entry without a text, instead of shipping a blank', () => {
    expect(() => messagesOnly('{"extName": {"description": "no message"}}')).toThrow(/extName/);
    expect(() => messagesOnly('[]')).toThrow(/object of messages/);
  });
});
