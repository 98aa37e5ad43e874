// A number input that commits on Enter or blur, not on every keystroke:
// each commit restarts the simulation.
import { useState } from 'react';

export interface NumberFieldProps {
  readonly className: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max?: number;
  readonly onCommit: (value: number) => void;
}

/** Give it `key={value}` so an outside change (a reset) replaces the draft. */
export function NumberField({ className, label, value, min, max, onCommit }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const commit = () => {
    const next = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(next) || next === value) {
      setDraft(String(value));
      return;
    }
    onCommit(next);
  };
  return (
    <label className={`field ${className}`}>
      <span className="field__label">{label}</span>
      <input
        className="field__input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(String(value));
        }}
      />
    </label>
  );
}
