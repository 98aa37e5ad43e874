// The product's top bar: brand, sections, the operator's status.
import type { DashboardStrings } from './dashboard-strings.ts';
import { el } from './dom.ts';

export function dashboardNavbar(strings: DashboardStrings): HTMLElement {
  const bar = el('nav', 'navbar');
  const brand = el('a', 'navbar-brand', strings.product);
  brand.href = '#';
  const menu = el('ul', 'navbar-menu');
  strings.menu.forEach((label, index) => {
    const item = el('li', index === 1 ? 'active' : '');
    const link = el('a', '', label);
    link.href = '#';
    item.append(link);
    menu.append(item);
  });
  const right = el('div', 'navbar-right');
  const status = el('span', 'status-online', strings.online);
  right.append(status, el('span', 'navbar-user', strings.operator));
  bar.append(brand, menu, right);
  return bar;
}
