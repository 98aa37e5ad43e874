import { browser } from 'wxt/browser';
import type { FocusSummaryEntry } from '../domain/focus';
import { formatWait } from '../domain/format-wait';
import type { NotificationPlan, PendingAlert } from '../domain/notification-plan';
import type { Settings } from '../domain/settings';
import { resolveLocale } from '../i18n/locale';
import { createTranslator } from '../i18n/messages';

const PREFIX = 'nz|';
const SUMMARY_ID = `${PREFIX}summary`;
const FOCUS_ID = `${PREFIX}focus`;

const titleKey = {
  warn: 'notifyWarnTitle',
  breach: 'notifyBreachTitle',
  forgotten: 'notifyForgottenTitle',
} as const;

/** MV3 has `action`, Firefox MV2 `browserAction`; same methods. */
const toolbar = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/**
 * Desktop notifications and the toolbar badge. A notification's id names its
 * conversation, so a newer state replaces the older one instead of piling up.
 */
export function createDesktopAlerts(onClick: (site: string, key: string) => void) {
  const translator = (settings: Settings) =>
    createTranslator(resolveLocale(settings.language, browser.i18n.getUILanguage()));
  const icon = browser.runtime.getURL('/icon/128.png');
  let lastSummary: PendingAlert[] = [];

  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(PREFIX)) return;
    void browser.notifications.clear(notificationId);
    const target =
      notificationId === SUMMARY_ID || notificationId === FOCUS_ID
        ? lastSummary[0]
        : (() => {
            const [site, key] = notificationId.slice(PREFIX.length).split('\n');
            return site && key ? { site, key } : undefined;
          })();
    if (target) onClick(target.site, target.key);
  });

  const show = (notificationId: string, title: string, message: string) =>
    browser.notifications
      .create(notificationId, { type: 'basic', iconUrl: icon, title, message })
      .catch((error: unknown) => console.error('Nezabudka: notification failed', error));

  return {
    notify(plan: NotificationPlan, settings: Settings) {
      const t = translator(settings);
      const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
      const name = (alert: PendingAlert) => alert.name ?? t('customerFallbackName');
      for (const alert of plan.individual) {
        void show(
          `${PREFIX}${alert.site}\n${alert.key}`,
          t(titleKey[alert.state], { name: name(alert), wait: formatWait(alert.waitSec, locale) }),
          t('notifyBody'),
        );
      }
      if (plan.summary) {
        lastSummary = plan.summary;
        const names = plan.summary.map((alert) => `${name(alert)} — ${formatWait(alert.waitSec, locale)}`);
        void show(
          SUMMARY_ID,
          t('notifySummaryTitle', { count: plan.summary.length }),
          names.slice(0, 6).join('\n'),
        );
      }
    },

    focusEnded(summary: FocusSummaryEntry[], settings: Settings) {
      const t = translator(settings);
      const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
      lastSummary = summary.map((entry) => ({
        site: entry.site,
        key: entry.key,
        name: entry.name,
        state: 'warn',
        level: 'normal',
        waitSec: entry.waitedSec,
      }));
      const lines = summary.map(
        (entry) => `${entry.name ?? t('customerFallbackName')} — ${formatWait(entry.waitedSec, locale)}`,
      );
      void show(
        FOCUS_ID,
        summary.length ? t('notifyFocusEndedTitle', { count: summary.length }) : t('notifyFocusEndedNone'),
        lines.slice(0, 6).join('\n') || t('notifyBody'),
      );
    },

    setBadge(count: number, settings: Settings) {
      const t = translator(settings);
      const action = toolbar();
      void action.setBadgeText({ text: count > 0 ? String(count) : '' });
      void action.setBadgeBackgroundColor({ color: '#c62828' });
      void action.setTitle({ title: count > 0 ? t('badgeTitle', { count }) : t('extName') });
    },

    async focusTab(tabId: number) {
      const tab = await browser.tabs.update(tabId, { active: true });
      if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    },
  };
}

export type DesktopAlerts = ReturnType<typeof createDesktopAlerts>;
