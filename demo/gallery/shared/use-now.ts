// A ticking wall clock for React consoles whose time labels age ("2m" → "3m", today → yesterday).
import { useEffect, useState } from 'react';

/** Wall-clock now, refreshed every `everyMs`. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
