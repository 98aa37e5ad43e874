// The list's status filter: a button that opens a menu drawn over the top of the
// conversation list (absolutely positioned, above the rows), as such SPAs do.
// It closes on a choice, a click elsewhere or Escape. The sim's conversations are
// all open, so the choice is shown and not applied.
import { useEffect, useRef, useState } from 'react';
import type { DeskStrings } from './strings.ts';

export function StatusMenu({ strings }: { strings: DeskStrings }) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState(strings.open);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="status-filter" ref={box}>
      <button
        type="button"
        className="conversations__status"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {chosen} ▾
      </button>
      {open && (
        <ul className="status-filter__menu" role="menu">
          {strings.statuses.map((status) => (
            <li
              key={status}
              role="menuitem"
              tabIndex={-1}
              onClick={() => (setChosen(status), setOpen(false))}
            >
              {status}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
