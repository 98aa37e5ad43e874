import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PendingAlert } from '../../../lib/domain/notification-plan';
import { applySettingsPatch, defaultSettings } from '../../../lib/domain/settings';
import { createDesktopAlerts } from '../../../lib/services/desktop-alerts';

const settings = applySettingsPatch(defaultSettings, { language: 'en' });
const alert = (key: string, patch: Partial<PendingAlert> = {}): PendingAlert => ({
  site: 'http://desk.test',
  key,
  name: `Client ${key}`,
  state: 'breach',
  level: 'normal',
  waitSec: 725,
  ...patch,
});

describe('desktop alerts', () => {
  it('shows one notification per conversation, naming the customer and the wait', async () => {
    const alerts = createDesktopAlerts(() => undefined);
    alerts.notify({ individual: [alert('a'), alert('b', { state: 'forgotten' })], summary: null }, settings);
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(2),
    );
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(shown['nz|http://desk.test\na']!.title).toBe('Client a has waited 12:05: past the target');
  });

  it('opens the conversation when its notification is clicked', async () => {
    const onClick = vi.fn();
    createDesktopAlerts(onClick);
    await fakeBrowser.notifications.onClicked.trigger('nz|http://desk.test\nc-007');
    expect(onClick).toHaveBeenCalledWith('http://desk.test', 'c-007');
  });

  it('opens the longest waiter when a summary is clicked, and ignores other extensions’ ids', async () => {
    const onClick = vi.fn();
    const alerts = createDesktopAlerts(onClick);
    alerts.notify({ individual: [], summary: [alert('x'), alert('y'), alert('z'), alert('w')] }, settings);
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    expect(onClick).not.toHaveBeenCalled();
    await fakeBrowser.notifications.onClicked.trigger('nz|summary');
    expect(onClick).toHaveBeenCalledWith('http://desk.test', 'x');
  });

  it('counts urgent conversations on the toolbar and clears the count at zero', async () => {
    const alerts = createDesktopAlerts(() => undefined);
    alerts.setBadge(3, settings);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('3'));
    alerts.setBadge(0, settings);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
  });
});
