// Simulation controls in the top bar. Seed and chat count restart the desk;
// speed retimes the running one (pausing must not throw the queue away).
import { MAX_CHATS, MIN_CHATS, SPEEDS, type Speed } from '../sim/desk-limits.ts';
import { NumberField } from './number-field.tsx';
import type { DeskStrings } from './strings.ts';

export interface SimControlsProps {
  readonly seed: number;
  readonly chats: number;
  readonly speed: Speed;
  readonly strings: DeskStrings;
  readonly onSpeed: (speed: Speed) => void;
  readonly onRestart: (params: { seed?: number; chats?: number }) => void;
}

export function SimControls({ seed, chats, speed, strings, onSpeed, onRestart }: SimControlsProps) {
  return (
    <div className="sim-controls">
      <div className="segmented" role="group" aria-label={strings.speed}>
        <span className="segmented__label">{strings.speed}</span>
        {SPEEDS.map((option) => (
          <button
            key={option}
            type="button"
            className="segmented__option"
            data-speed={option}
            aria-pressed={option === speed}
            onClick={() => onSpeed(option)}
          >
            {option === 0 ? strings.paused : `${option}×`}
          </button>
        ))}
      </div>
      <NumberField
        key={`seed-${seed}`}
        className="sim-controls__seed"
        label={strings.seed}
        value={seed}
        min={0}
        onCommit={(value) => onRestart({ seed: value })}
      />
      <NumberField
        key={`chats-${chats}`}
        className="sim-controls__chats"
        label={strings.chats}
        value={chats}
        min={MIN_CHATS}
        max={MAX_CHATS}
        onCommit={(value) => onRestart({ chats: value })}
      />
    </div>
  );
}
