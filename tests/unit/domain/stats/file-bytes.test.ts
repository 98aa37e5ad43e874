import { describe, expect, it } from 'vitest';
import { decodeStatsFile, maxFileMegabytes, statsFileTooBig } from '../../../../lib/domain/stats/file-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('statistics file bytes', () => {
  it('reads UTF-8 text, Russian names and a byte-order mark included', () => {
    expect(decodeStatsFile(utf8('{"operator":"Анна"}'))).toEqual({ ok: true, text: '{"operator":"Анна"}' });
    expect(decodeStatsFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '{}' });
  });

  it('refuses bytes that are not UTF-8 instead of merging replacement marks', () => {
    // Windows-1251 "Анна", a lone continuation byte, a cut-off two-byte letter, an overlong slash.
    for (const bytes of [
      [0xc0, 0xed, 0xed, 0xe0],
      [0x7b, 0x80, 0x7d],
      [0x7b, 0xd0],
      [0xc0, 0xaf],
    ])
      expect(decodeStatsFile(new Uint8Array(bytes))).toEqual({ ok: false, problem: 'not-utf8' });
  });

  it('refuses a file over 32 MB before reading it', () => {
    expect(maxFileMegabytes()).toBe(32);
    expect(statsFileTooBig(32 * 1024 * 1024)).toBe(false);
    expect(statsFileTooBig(32 * 1024 * 1024 + 1)).toBe(true);
    expect(decodeStatsFile(new Uint8Array(32 * 1024 * 1024 + 1))).toEqual({ ok: false, problem: 'too-big' });
  });
});
