// Inline icons (the console loads nothing from the network).
const PATHS = {
  lock: 'M5 7V5a3 3 0 016 0v2h1v7H4V7zm2 0h2V5a1 1 0 00-2 0z',
  reply: 'M6 3L1 7.5 6 12V9c3.5 0 6 1 8 4-.5-4-3-7-8-7.5z',
  chat: 'M2 3h12v8H7l-3 3v-3H2z',
  person: 'M8 8a3 3 0 100-6 3 3 0 000 6zm-6 6c0-3 2.7-5 6-5s6 2 6 5z',
  chart: 'M2 14V8h3v6zm4.5 0V3h3v11zM11 14V6h3v8z',
  gear: 'M8 10.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM6.8 1h2.4l.4 1.8 1.3.7 1.7-.7 1.2 2.1-1.4 1.2v1.8l1.4 1.2-1.2 2.1-1.7-.7-1.3.7L9.2 15H6.8l-.4-1.8-1.3-.7-1.7.7-1.2-2.1 1.4-1.2V8.1L2.2 6.9l1.2-2.1 1.7.7 1.3-.7z',
  check: 'M2 8.5L6 12l8-8.5',
} as const;

export function Icon({ name, size = 14 }: { name: keyof typeof PATHS; size?: number }) {
  const stroke = name === 'check';
  return (
    <svg className={`icon icon--${name}`} viewBox="0 0 16 16" width={size} height={size} aria-hidden="true">
      <path
        d={PATHS[name]}
        fill={stroke ? 'none' : 'currentColor'}
        stroke={stroke ? 'currentColor' : undefined}
        strokeWidth={stroke ? 2 : undefined}
        fillRule="evenodd"
      />
    </svg>
  );
}
