// The alt console's dark top bar: brand, the demo's sim controls, the agent.
import type { DeskStore } from '../../runtime/desk-store.ts';
import { MAX_CHATS, MIN_CHATS, SPEEDS, type Speed } from '../../sim/desk-limits.ts';
import { NumberField } from '../number-field.tsx';
import { SimClock } from '../sim-clock.tsx';
import { ALT } from './alt-classes.ts';
import type { AltStrings } from './alt-strings.ts';

const FIELD_PARTS = { root: ALT.field, label: ALT.fieldLabel, input: ALT.fieldInput } as const;
const CLOCK_CLASSES = { root: ALT.clock, label: ALT.clockLabel, value: ALT.clockValue } as const;

export interface AltHeaderProps {
  readonly store: DeskStore;
  readonly seed: number;
  readonly chats: number;
  readonly speed: Speed;
  readonly strings: AltStrings;
}

export function AltHeader({ store, seed, chats, speed, strings }: AltHeaderProps) {
  return (
    <header className={ALT.header}>
      <div className={ALT.brand}>
        <svg className={ALT.logo} viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <circle cx="12" cy="12" r="4" fill="currentColor" />
          <ellipse cx="12" cy="12" rx="10" ry="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        <span className={ALT.brandName}>{strings.brand}</span>
      </div>
      <div className={ALT.tools}>
        <div className={ALT.speed} role="group" aria-label={strings.speed}>
          <span className={ALT.speedLabel}>{strings.speed}</span>
          {SPEEDS.map((option) => (
            <button
              key={option}
              type="button"
              className={ALT.speedOption}
              aria-pressed={option === speed}
              onClick={() => store.setSpeed(option)}
            >
              {option === 0 ? strings.paused : `${option}×`}
            </button>
          ))}
        </div>
        <NumberField
          key={`seed-${seed}`}
          parts={FIELD_PARTS}
          label={strings.seed}
          value={seed}
          min={0}
          onCommit={(value) => store.reset({ seed: value })}
        />
        <NumberField
          key={`chats-${chats}`}
          parts={FIELD_PARTS}
          label={strings.chats}
          value={chats}
          min={MIN_CHATS}
          max={MAX_CHATS}
          onCommit={(value) => store.reset({ chats: value })}
        />
        <SimClock store={store} label={strings.simTime} classes={CLOCK_CLASSES} />
      </div>
      <div className={ALT.agent}>
        <span className={ALT.agentDot} aria-hidden="true" />
        <span className={ALT.agentName}>{strings.agentName}</span>
        <span>{strings.onShift}</span>
      </div>
    </header>
  );
}
