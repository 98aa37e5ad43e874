import { describe, expect, it } from 'vitest';
import { senderSite } from '../../../lib/services/sender-site';

describe('the site a content script speaks for', () => {
  it('is the sending tab’s origin, whatever the request claims', () => {
    expect(senderSite({ tab: { url: 'https://desk.example.com/inbox/42?x=1' } }, 'https://bank.test')).toBe(
      'https://desk.example.com',
    );
  });

  it('is the sending frame’s origin when the tab’s address is not given', () => {
    expect(senderSite({ tab: {}, url: 'http://127.0.0.1:5173/' }, 'https://bank.test')).toBe(
      'http://127.0.0.1:5173',
    );
  });

  it('falls back to the claimed site only when the browser names no address', () => {
    expect(senderSite({}, 'https://desk.example.com')).toBe('https://desk.example.com');
    expect(senderSite({ tab: { url: 'about:blank' } }, 'https://desk.example.com')).toBe(
      'https://desk.example.com',
    );
  });
});
