import { describe, expect, it, vi } from 'vitest';
import { builtInProfiles } from '../../../lib/adapters/profiles';
import { serialiseProfiles } from '../../../lib/adapters/profile-file';
import { MessagingError, request } from '../../../lib/messaging/client';
import type { Observation } from '../../../lib/domain/observation';
import { contentScript, extensionPage, sendMessagesAs } from '../../setup/fake-sender';
import { backgroundForTests } from '../../setup/test-background';

const T0 = Date.UTC(2026, 2, 10, 9, 0);
const DESK = 'https://desk.example.com';
const BANK = 'https://bank.test';
const demo = builtInProfiles[0]!;
const bankProfile = { ...demo, id: 'bank-desk', name: 'Bank desk', matches: [`${BANK}/*`] };

const start = backgroundForTests('nz-sender');

/** One waiting customer on `site`, as its content script reports it. */
const waiting = (site: string): Observation => ({
  site,
  profileId: 'test',
  rows: [
    {
      key: 'a',
      name: 'Anna',
      unread: 1,
      unreadKnown: true,
      preview: 'hello',
      previewAuthor: 'customer',
      lastAt: null,
      vipMarker: false,
      rowText: 'Anna',
      active: true,
    },
  ],
  open: 'none',
  chat: null,
  composerFound: true,
});

const ownProfiles = async (app: ReturnType<typeof start>) =>
  (await app.db.profiles.orderBy('id').toArray()).map(({ updatedAt: _, ...profile }) => profile);

/** One statistics event already recorded on the desk. */
const recordedEvent = {
  at: T0,
  type: 'customer-message',
  site: DESK,
  operator: 'op-test',
  conversation: 'c1',
  priority: 'normal',
} as const;

const failure = (pending: Promise<unknown>) =>
  pending.then(
    () => null,
    (error: unknown) => error,
  );

describe('requests checked by who sends them', () => {
  it('refuses a helpdesk tab what only the extension’s pages may do, and changes nothing', async () => {
    const app = start();
    await app.db.events.add({ ...recordedEvent });
    await request('saveProfile', { profile: bankProfile, previousId: null });
    const settingsBefore = await request('getSettings', null);

    sendMessagesAs(contentScript(`${DESK}/inbox/42`));
    const cleared = await failure(request('clearStats', null));
    expect(cleared).toBeInstanceOf(MessagingError);
    expect(cleared).toMatchObject({ key: 'requestPagesOnly', params: { request: 'clearStats' } });
    const hostile = serialiseProfiles([{ ...bankProfile, name: 'Hijacked' }], T0);
    await expect(request('importProfiles', { text: hostile })).rejects.toThrow(
      /may not ask for “importProfiles”/,
    );
    await expect(request('deleteProfile', { id: 'bank-desk' })).rejects.toThrow(
      /importProfiles|deleteProfile/,
    );
    await expect(request('updateSettings', { operatorName: 'Mallory' })).rejects.toThrow(/updateSettings/);
    await expect(request('disableSite', { url: `${DESK}/` })).rejects.toThrow(/disableSite/);
    await expect(request('getOverview', null)).rejects.toThrow(/getOverview/);
    // A sender the browser does not place at all is held to the same rules.
    sendMessagesAs({});
    await expect(request('clearStats', null)).rejects.toThrow(/clearStats/);

    expect(await app.db.events.count()).toBe(1);
    expect(await ownProfiles(app)).toEqual([bankProfile]);
    sendMessagesAs(extensionPage());
    expect(await request('getSettings', null)).toEqual(settingsBefore);
  });

  it('lets a helpdesk tab speak only for its own site', async () => {
    const app = start();
    sendMessagesAs(contentScript(`${BANK}/chats`, 3));
    await request('observe', waiting(BANK));
    expect((await app.db.conversations.get([BANK, 'a']))?.waitingSince).not.toBeNull();

    // The desk's tab claims the bank's conversations.
    sendMessagesAs(contentScript(`${DESK}/inbox`, 7));
    const observed = await failure(request('observe', waiting(BANK)));
    expect(observed).toMatchObject({ key: 'requestOtherSite', params: { own: DESK, request: 'observe' } });
    await expect(request('replySent', { site: BANK, key: 'a' })).rejects.toThrow(/another site/);
    await expect(request('dismiss', { site: BANK, key: 'a' })).rejects.toThrow(/another site/);
    await expect(request('profilesForUrl', { url: `${BANK}/chats` })).rejects.toThrow(/another site/);
    await expect(request('siteStatus', { url: `${BANK}/` })).rejects.toThrow(/another site/);
    await expect(request('teachInvitation', { url: `${BANK}/` })).rejects.toThrow(/another site/);
    // The palette lists templates (the starters arrive just after start), but words none for the bank.
    const template = await vi.waitFor(async () => {
      const [first] = await request('listTemplates', null);
      if (!first) throw new Error('no templates yet');
      return first;
    });
    await expect(
      request('recordTemplateUse', { id: template.id, site: BANK, key: 'a', variant: 0 }),
    ).rejects.toThrow(/another site/);
    await expect(request('pickTemplateWording', { id: template.id, site: BANK, key: 'a' })).rejects.toThrow(
      /another site/,
    );
    // Another port of the same host is another site too.
    await expect(request('observe', waiting('https://desk.example.com:8443'))).rejects.toThrow(
      /another site/,
    );

    expect((await app.db.conversations.get([BANK, 'a']))?.waitingSince).not.toBeNull();
    expect(await app.db.events.where('type').anyOf('reply', 'dismissed', 'template-used').count()).toBe(0);

    // Its own site is answered as before.
    await request('observe', waiting(DESK));
    expect((await app.db.conversations.get([DESK, 'a']))?.waitingSince).not.toBeNull();
    expect(await request('replySent', { site: DESK, key: 'a' })).toBeNull();
    expect((await app.db.conversations.get([DESK, 'a']))?.waitingSince).toBeNull();
  });

  it('takes a frame’s own origin: a same-origin frame speaks for the desk, a foreign or sandboxed one does not', async () => {
    const app = start();
    sendMessagesAs(contentScript(`${DESK}/inbox`, 7, `${DESK}/widgets/chat.html`));
    await request('observe', waiting(DESK));
    expect(await app.db.conversations.get([DESK, 'a'])).toBeDefined();

    sendMessagesAs(contentScript(`${DESK}/inbox`, 7, 'https://widget.example.net/embed'));
    await expect(request('observe', { ...waiting(DESK), rows: [] })).rejects.toThrow(/another site/);
    sendMessagesAs({ ...contentScript(`${DESK}/inbox`, 7), origin: 'null' });
    await expect(request('dismiss', { site: DESK, key: 'a' })).rejects.toThrow(/another site/);
    expect((await app.db.conversations.get([DESK, 'a']))?.waitingSince).not.toBeNull();
  });

  it('gives the extension’s pages every request, also when one is open in a tab', async () => {
    const app = start();
    await app.db.events.add({ ...recordedEvent });
    sendMessagesAs(extensionPage('stats.html', 12));
    expect(await request('clearStats', null)).toEqual({ deleted: 1, clocks: 0 });
    expect(await app.db.events.count()).toBe(0);
    sendMessagesAs(extensionPage('popup.html'));
    await request('updateSettings', { operatorName: 'Анна' });
    expect((await request('getSettings', null)).operatorName).toBe('Анна');
  });

  it('lets teach mode save its own site’s profile, never one for or of another site', async () => {
    const app = start();
    await request('saveProfile', { profile: bankProfile, previousId: null });
    const taught = { ...demo, id: 'taught-desk-example-com', name: 'desk', matches: [`${DESK}/*`] };

    sendMessagesAs(contentScript(`${DESK}/inbox`));
    expect(await request('saveProfile', { profile: taught, previousId: taught.id })).toEqual(taught);
    // Taught again on the same desk: its own profile is replaced.
    const again = { ...taught, name: 'desk again' };
    expect(await request('saveProfile', { profile: again, previousId: again.id })).toEqual(again);

    await expect(
      request('saveProfile', {
        profile: { ...taught, id: 'taught-2', matches: ['https://*/*'] },
        previousId: null,
      }),
    ).rejects.toThrow(/another site/);
    await expect(
      request('saveProfile', {
        profile: { ...taught, matches: [`${DESK}/*`, `${BANK}/*`] },
        previousId: null,
      }),
    ).rejects.toThrow(/another site/);
    // Its own patterns, but over the bank's profile (same id, or renamed from it).
    const overBank = await failure(
      request('saveProfile', { profile: { ...taught, id: 'bank-desk' }, previousId: 'bank-desk' }),
    );
    expect(overBank).toMatchObject({ key: 'profileOtherSite', params: { id: 'bank-desk' } });
    await expect(request('saveProfile', { profile: taught, previousId: 'bank-desk' })).rejects.toThrow(
      /belongs to another site/,
    );

    expect(await ownProfiles(app)).toEqual([bankProfile, again]);
  });
});
