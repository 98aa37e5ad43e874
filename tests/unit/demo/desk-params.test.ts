import { describe, expect, it } from 'vitest';
import { parseDeskParams, withSimParams } from '../../../demo/src/runtime/desk-params.ts';

const DEFAULTS = { seed: 7, chats: 12, speed: 1, composer: 'textarea', lang: 'ru', skin: 'default' };

describe('demo desk URL parameters', () => {
  it('uses the defaults for an empty query', () => {
    expect(parseDeskParams('')).toEqual(DEFAULTS);
  });

  it('reads valid values', () => {
    expect(parseDeskParams('?seed=42&chats=200&speed=60&composer=contenteditable&lang=en&skin=alt')).toEqual({
      seed: 42,
      chats: 200,
      speed: 60,
      composer: 'contenteditable',
      lang: 'en',
      skin: 'alt',
    });
    expect(parseDeskParams('?speed=0').speed).toBe(0);
  });

  it('clamps the chat count and falls back on garbage instead of crashing', () => {
    expect(parseDeskParams('?chats=0').chats).toBe(1);
    expect(parseDeskParams('?chats=-3').chats).toBe(1);
    expect(parseDeskParams('?chats=9999').chats).toBe(200);
    expect(parseDeskParams('?chats=12abc').chats).toBe(12);
    expect(parseDeskParams('?chats=').chats).toBe(12);
    expect(parseDeskParams('?seed=-1&speed=5&composer=tinymce&lang=de')).toEqual(DEFAULTS);
    expect(parseDeskParams('?seed=1e3&speed=fast').seed).toBe(7);
    expect(parseDeskParams('?%E0%A4%A=1&seed=9').seed).toBe(9);
  });

  it('selects the skin: default or alt, anything else falls back to default', () => {
    expect(parseDeskParams('?skin=alt').skin).toBe('alt');
    expect(parseDeskParams('?skin=default').skin).toBe('default');
    for (const garbage of ['?skin=', '?skin=ALT', '?skin=alt2', '?skin=%20alt', '?skin=zendesk', '?skin']) {
      expect(parseDeskParams(garbage).skin).toBe('default');
    }
    // The first value wins, like the other parameters.
    expect(parseDeskParams('?skin=alt&skin=default').skin).toBe('alt');
  });

  it('writes the sim parameters back and keeps the others', () => {
    const search = withSimParams('?composer=contenteditable&lang=en&skin=alt&seed=1', {
      seed: 9,
      chats: 30,
      speed: 10,
    });
    expect(parseDeskParams(search)).toEqual({
      seed: 9,
      chats: 30,
      speed: 10,
      composer: 'contenteditable',
      lang: 'en',
      skin: 'alt',
    });
  });
});
