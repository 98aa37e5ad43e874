// Editors created once per mount read the newest props (placeholder, onSubmit)
// through a ref instead of being torn down and rebuilt on every render.
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
