// Sim time since page load. Only this small component re-renders every second.
import { useEffect, useState } from 'react';
import type { DeskStore } from '../runtime/desk-store.ts';
import { formatElapsed } from './format-time.ts';

export interface SimClockClasses {
  readonly root: string;
  readonly label: string;
  readonly value: string;
}

const DEFAULT_CLASSES: SimClockClasses = {
  root: 'sim-clock',
  label: 'sim-clock__label',
  value: 'sim-clock__value',
};

export function SimClock({
  store,
  label,
  classes = DEFAULT_CLASSES,
}: {
  store: DeskStore;
  label: string;
  /** The alt skin passes its own class names. */
  classes?: SimClockClasses;
}) {
  const [elapsed, setElapsed] = useState(() => store.sim.simElapsed);
  useEffect(() => {
    const timer = setInterval(() => setElapsed(store.sim.simElapsed), 1000);
    return () => clearInterval(timer);
  }, [store]);
  return (
    <div className={classes.root} title={label}>
      <span className={classes.label}>{label}</span>
      <span className={classes.value}>{formatElapsed(elapsed)}</span>
    </div>
  );
}
