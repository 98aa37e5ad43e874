// A number input that commits on Enter or blur, not on every keystroke:
// each commit restarts the simulation.
import { useState } from 'react';

export interface NumberFieldProps {
  /** Extra class of the label element. */
  readonly className?: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max?: number;
  readonly onCommit: (value: number) => void;
  /** Class names of the parts (default: the default skin's `field`, `field__…`). */
  readonly parts?: { readonly root: string; readonly label: string; readonly input: string };
}

const DEFAULT_PARTS = { root: 'field', label: 'field__label', input: 'field__input' } as const;

/** Give it `key={value}` so an outside change (a reset) replaces the draft. */
export function NumberField({
  className,
  label,
  value,
  min,
  max,
  onCommit,
  parts = DEFAULT_PARTS,
}: NumberFieldProps) {
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
    <label className={className ? `${parts.root} ${className}` : parts.root}>
      <span className={parts.label}>{label}</span>
      <input
        className={parts.input}
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
