import { planNotifications, type NotificationPlan, type PendingAlert } from '../domain/notification-plan';
import type { Settings } from '../domain/settings';
import type { PushMessage } from '../messaging/protocol';
import type { TabRegistry } from './tab-registry';

export interface ClockAlertsDeps {
  alerts: {
    notify(plan: NotificationPlan, settings: Settings): void;
    setBadge(count: number, settings: Settings): void;
  };
  push: { toTab(tabId: number, message: PushMessage, site: string): void };
  tabs: TabRegistry;
}

/**
 * What an evaluation tells the operator outside the page: desktop notifications
 * (grouped by the settings' plan), a sound played by a tab of the first alert's
 * site (the background has no audio of its own), and the toolbar badge.
 */
export function createClockAlerts(deps: ClockAlertsDeps) {
  return {
    /** `pending`: the alerts raised now that may sound; `urgent`: clocks in breach or forgotten. */
    raise(pending: PendingAlert[], urgent: number, settings: Settings) {
      const plan = planNotifications(pending, settings.notifications);
      if (plan.individual.length > 0 || plan.summary) {
        deps.alerts.notify(plan, settings);
        if (settings.notifications.sound) {
          const site = (plan.summary ?? plan.individual)[0]!.site;
          const tab = deps.tabs.tabsOf(site)[0];
          if (tab !== undefined) deps.push.toTab(tab, { type: 'sound' }, site);
        }
      }
      deps.alerts.setBadge(urgent, settings);
    },
  };
}

export type ClockAlerts = ReturnType<typeof createClockAlerts>;
