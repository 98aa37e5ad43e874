import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface HintedFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-describedby'
> {
  readonly label: string;
  /** Read with the field by screen readers (aria-describedby), shown under it. */
  readonly hint: ReactNode;
}

/** A labelled input with a hint under it: the settings' and the export's text fields. */
export function HintedField({ label, hint, ...input }: HintedFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="nz-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hintId} {...input} />
      <p id={hintId} className="nz-hint">
        {hint}
      </p>
    </div>
  );
}
