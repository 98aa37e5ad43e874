// The product's narrow navigation rail: logo, sections, the operator's avatar.
import type { InboxStrings } from './inbox-strings.ts';

const ICONS = [
  // Inbox, contacts, reports, settings: 24×24 outline paths.
  'M3 13h4l2 3h6l2-3h4M5 5h14l2 8v6H3v-6z',
  'M16 19v-1a4 4 0 0 0-8 0v1M12 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  'M5 19V10M12 19V5M19 19v-7',
  'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12h2M3 12h2M12 3v2M12 19v2',
];

export function AppRail({ strings }: { strings: InboxStrings }) {
  return (
    <nav className="flex flex-col items-center gap-2 w-16 shrink-0 py-4 bg-gray-900">
      <span className="flex items-center justify-center w-9 h-9 mb-4 rounded-xl bg-indigo-500 text-white font-bold">
        h
      </span>
      {ICONS.map((path, index) => (
        <span
          key={path}
          className={`flex items-center justify-center w-10 h-10 rounded-lg ${index === 0 ? 'bg-gray-700 text-white' : 'text-gray-400 hover:text-white'}`}
        >
          <svg
            viewBox="0 0 24 24"
            className="w-5 h-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
            aria-hidden="true"
          >
            <path d={path} />
          </svg>
        </span>
      ))}
      <span className="flex-1" />
      <span
        className="relative flex items-center justify-center w-9 h-9 rounded-full bg-gray-600 text-xs font-semibold text-white"
        title={strings.online}
      >
        OP
        <span className="absolute bottom-0 right-0 w-2.5 h-2.5 rounded-full bg-green-500 ring-2 ring-gray-900" />
      </span>
    </nav>
  );
}
