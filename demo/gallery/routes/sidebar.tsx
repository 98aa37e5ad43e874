// The product's left sidebar: sections and inboxes, the signed-in agent below.
import { Icon } from './icons.tsx';
import type { DeskStrings } from './strings.ts';

export function Sidebar({ strings, unread }: { strings: DeskStrings; unread: number }) {
  return (
    <nav className="sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__logo">
          <Icon name="chat" size={16} />
        </span>
        {strings.product}
      </div>
      <ul className="sidebar__menu">
        <li className="sidebar__item sidebar__item--current">
          <Icon name="chat" /> {strings.conversations}
          {unread > 0 && <span className="sidebar__count">{unread}</span>}
        </li>
        <li className="sidebar__item">
          <Icon name="person" /> {strings.contacts}
        </li>
        <li className="sidebar__item">
          <Icon name="chart" /> {strings.reports}
        </li>
        <li className="sidebar__item">
          <Icon name="gear" /> {strings.settings}
        </li>
      </ul>
      <div className="sidebar__heading">{strings.inboxes}</div>
      <ul className="sidebar__menu">
        <li className="sidebar__item">
          <span className="sidebar__dot sidebar__dot--web" /> {strings.website}
        </li>
        <li className="sidebar__item">
          <span className="sidebar__dot sidebar__dot--tg" /> {strings.telegram}
        </li>
      </ul>
      <div className="sidebar__agent">
        <span className="avatar" style={{ width: 30, height: 30, background: '#334155', fontSize: 11 }}>
          {strings.agentInitials}
        </span>
        <span className="sidebar__agent-status" />
      </div>
    </nav>
  );
}
