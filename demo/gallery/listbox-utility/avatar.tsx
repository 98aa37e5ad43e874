// A round avatar with initials; its colour follows the conversation id.
import { initialsOf } from '../shared/initials.ts';

const TONES = [
  'bg-indigo-100 text-indigo-700',
  'bg-emerald-100 text-emerald-700',
  'bg-rose-100 text-rose-700',
  'bg-sky-100 text-sky-700',
  'bg-amber-100 text-amber-800',
  'bg-violet-100 text-violet-700',
];

export function Avatar({ name, seed, size = 'w-10 h-10' }: { name: string; seed: string; size?: string }) {
  const tone = TONES[Number(seed) % TONES.length];
  return (
    <span
      aria-hidden="true"
      className={`shrink-0 inline-flex items-center justify-center rounded-full text-sm font-semibold ${size} ${tone}`}
    >
      {initialsOf(name)}
    </span>
  );
}
