import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/domain/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessagingError, request } from '../../../lib/messaging/client';
import { createTranslator } from '../../../lib/i18n/messages';
import { describeError, userErrorData } from '../../../lib/i18n/user-error';
import { contentScript, sendMessagesAs } from '../../setup/fake-sender';
import { backgroundForTests } from '../../setup/test-background';

const start = backgroundForTests('nz-bg');

describe('background requests', () => {
  it('answers a ping with the same timestamp and the extension version', async () => {
    start();
    const reply = await request('ping', { sentAt: 1234 });
    expect(reply.sentAt).toBe(1234);
    expect(typeof reply.version).toBe('string');
  });

  it('stores settings and returns them to the next reader', async () => {
    start();
    // A fresh install has a random operator alias for its statistics.
    expect(await request('getSettings', null)).toEqual({
      ...defaultSettings,
      operatorId: expect.stringMatching(/^op-[0-9a-f]{4}$/),
    });
    await request('updateSettings', { language: 'ru' });
    expect((await request('getSettings', null)).language).toBe('ru');
  });

  it('refuses an invalid setting with a message naming the field, and keeps the old value', async () => {
    start();
    await request('updateSettings', { operatorName: 'Анна' });
    await expect(request('updateSettings', { language: 'de' } as never)).rejects.toThrow(/language/);
    expect(await request('getSettings', null)).toEqual({
      ...defaultSettings,
      operatorName: 'Анна',
      operatorId: expect.stringMatching(/^op-/),
    });
  });

  it('carries a UserError’s key, params and field to the page, so the page can word it in its language', async () => {
    start();
    const error = await request('saveTemplate', {
      title: 'Greeting',
      body: 'Hello!',
      variants: [],
      shortcut: 'hi',
      tags: [],
      language: 'en',
    })
      .then(() =>
        request('saveTemplate', {
          title: 'Another',
          body: 'Hi!',
          variants: [],
          shortcut: 'hi',
          tags: [],
          language: 'en',
        }),
      )
      .catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(MessagingError);
    expect(describeError(error, createTranslator('ru'))).toBe('«;hi» — уже сокращение шаблона «Greeting»');
    expect(userErrorData(error)?.field).toBe('shortcut');
    // Any other failure still arrives as its own text.
    const plain = await request('updateSettings', { language: 'de' } as never).catch(
      (failure: unknown) => failure,
    );
    expect(userErrorData(plain)).toBeNull();
    expect(describeError(plain, createTranslator('ru'))).toMatch(/language/);
  });

  it('a reply sent through the console ends the open conversation’s wait', async () => {
    const app = start();
    const site = 'http://desk.test';
    sendMessagesAs(contentScript(`${site}/inbox`));
    const row = {
      key: 'a',
      name: 'Anna',
      unread: 1,
      unreadKnown: true,
      preview: 'hello',
      previewAuthor: 'customer' as const,
      lastAt: null,
      vipMarker: false,
      rowText: 'Anna',
      active: true,
    };
    await request('observe', {
      site,
      profileId: 'test',
      rows: [row],
      open: 'none',
      chat: null,
      composerFound: true,
    });
    expect((await app.db.conversations.get([site, 'a']))?.waitingSince).not.toBeNull();
    expect(await request('replySent', { site, key: 'a' })).toBeNull();
    expect((await app.db.conversations.get([site, 'a']))?.waitingSince).toBeNull();
    expect((await app.db.events.toArray()).map((event) => event.type)).toContain('reply');
  });

  it('ignores messages that are not Nezabudka requests', async () => {
    start();
    const reply = await fakeBrowser.runtime.sendMessage({ hello: 'world' }).catch(() => 'no listener');
    expect(reply).not.toEqual(expect.objectContaining({ ok: true }));
  });
});
