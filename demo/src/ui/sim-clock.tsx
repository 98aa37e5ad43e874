// Sim time since page load. Only this small component re-renders every second.
import { useEffect, useState } from 'react';
import type { DeskStore } from '../runtime/desk-store.ts';
import { formatElapsed } from './format-time.ts';

export function SimClock({ store, label }: { store: DeskStore; label: string }) {
  const [elapsed, setElapsed] = useState(() => store.sim.simElapsed);
  useEffect(() => {
    const timer = setInterval(() => setElapsed(store.sim.simElapsed), 1000);
    return () => clearInterval(timer);
  }, [store]);
  return (
    <div className="sim-clock" title={label}>
      <span className="sim-clock__label">{label}</span>
      <span className="sim-clock__value">{formatElapsed(elapsed)}</span>
    </div>
  );
}
