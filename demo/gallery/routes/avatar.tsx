// A contact's avatar: initials on a colour picked from the conversation id.
import { initialsOf } from '../shared/initials.ts';

const PALETTE = ['#1f93ff', '#7c3aed', '#0d9488', '#ea580c', '#db2777', '#4f46e5', '#65a30d'];

export function Avatar({ id, name, size }: { id: string; name: string; size: number }) {
  const color = PALETTE[Number(id) % PALETTE.length] ?? PALETTE[0];
  return (
    <span className="avatar" style={{ width: size, height: size, background: color, fontSize: size * 0.38 }}>
      {initialsOf(name)}
    </span>
  );
}
