import { describe, expect, it } from 'vitest';
import { contentScriptRules, isEnvelope } from '../../../lib/messaging/protocol';

describe('the request envelope', () => {
  it('accepts every classified request and refuses an unknown one', () => {
    for (const type of Object.keys(contentScriptRules))
      expect(isEnvelope({ nz: 1, type, payload: null })).toBe(true);
    expect(isEnvelope({ nz: 1, type: 'dropDatabase', payload: null })).toBe(false);
    expect(isEnvelope({ nz: 1, type: 'toString', payload: null })).toBe(false);
    expect(isEnvelope({ type: 'ping', payload: null })).toBe(false);
  });
});
