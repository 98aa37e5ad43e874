// Boots the supervisor dashboard: navbar, the sidebar's lists, the open-chat
// workspace; follows the sim and ticks the wait clocks every second.
import { bootGallery } from '../shared/boot-gallery.ts';
import { installGroundTruth } from '../shared/ground-truth.ts';
import { ChatSidebar } from './chat-sidebar.ts';
import { ChatWorkspace } from './chat-workspace.ts';
import { dashboardNavbar } from './dashboard-navbar.ts';
import { DASHBOARD_STRINGS } from './dashboard-strings.ts';
import { dashboardHooks } from './dashboard-truth.ts';
import { el } from './dom.ts';
import './dashboard.css';

const { params, sim } = bootGallery({ lang: 'en' });
const strings = DASHBOARD_STRINGS[params.lang];
document.documentElement.lang = params.lang;
document.title = `${strings.menu[1]} · ${strings.product}`;

const workspace = new ChatWorkspace(sim, params.lang, strings);
const sidebar = new ChatSidebar(sim, params.lang, strings, (id) => workspace.open(id));
const layout = el('div', 'dashboard');
layout.append(sidebar.element, workspace.element);
document.getElementById('app')!.append(dashboardNavbar(strings), layout);

const render = () => {
  sidebar.render(Date.now());
  workspace.render();
};
sim.subscribe(render);
render();
setInterval(() => sidebar.tick(Date.now()), 1000);

installGroundTruth('dashboard', sim, dashboardHooks(sim, sidebar, workspace));
