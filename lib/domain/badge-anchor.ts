/**
 * Where a row's badge goes, in viewport pixels: the point it hangs from, and on
 * which side of that point it sits. Null when the row is scrolled out of view.
 */
export type BadgeAnchor = { x: number; y: number; side: 'before' | 'after' } | null;
