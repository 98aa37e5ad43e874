import type { ReactNode } from 'react';
import type { DeskStrings } from './strings.ts';

export function TopBar({ strings, children }: { strings: DeskStrings; children: ReactNode }) {
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true">
          {strings.deskName.slice(0, 1)}
        </span>
        <span className="topbar__name">{strings.deskName}</span>
      </div>
      <div className="topbar__tools">{children}</div>
      <div className="topbar__operator">
        <span className="avatar avatar--sm topbar__operator-avatar" aria-hidden="true">
          {strings.operatorInitials}
        </span>
        <div className="topbar__operator-text">
          <div className="topbar__operator-name">{strings.operatorName}</div>
          <div className="topbar__status">{strings.online}</div>
        </div>
      </div>
    </header>
  );
}
