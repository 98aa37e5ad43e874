// The static layout is printed in English; a ru page gets its labels the way the
// server would have printed them, once at load.
import type { TableStrings } from './table-strings.ts';

export function labelShell(doc: Document, strings: TableStrings, lang: string): void {
  const labels: Record<string, string> = {
    'nav-conversations': strings.navConversations,
    'nav-customers': strings.navCustomers,
    'nav-reports': strings.navReports,
    'nav-settings': strings.navSettings,
    'logged-in-as': strings.loggedInAs,
    'operator-name': strings.operatorName,
    'sign-out': strings.signOut,
    'list-heading': strings.heading,
    'filter-label': strings.filterLabel,
    'filter-all': strings.filterAll,
    'filter-open': strings.filterOpen,
    refresh: strings.refresh,
    'col-customer': strings.colCustomer,
    'col-preview': strings.colLastMessage,
    'col-status': strings.colStatus,
    'col-activity': strings.colActivity,
  };
  for (const [id, text] of Object.entries(labels)) {
    const element = doc.getElementById(id);
    if (element) element.textContent = text;
  }
  doc.documentElement.lang = lang;
  doc.title = `${strings.heading} — ${strings.appName}`;
}
