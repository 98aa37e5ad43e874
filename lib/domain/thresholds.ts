// No schema library here: the content script imports these defaults, and
// settings.ts holds the validation (thresholdSetSchema) for the background.

/** Seconds after the customer started waiting; warn ≤ target ≤ forgotten. */
export interface ThresholdSet {
  warnSec: number;
  targetSec: number;
  forgottenSec: number;
}

export const priorityLevels = ['normal', 'priority', 'vip'] as const;
export type PriorityLevel = (typeof priorityLevels)[number];

export type ThresholdsByPriority = Record<PriorityLevel, ThresholdSet>;

export const defaultThresholds: ThresholdsByPriority = {
  normal: { warnSec: 5 * 60, targetSec: 10 * 60, forgottenSec: 20 * 60 },
  // Refunds and complaints draw management attention: answer sooner.
  priority: { warnSec: 3 * 60, targetSec: 5 * 60, forgottenSec: 10 * 60 },
  vip: { warnSec: 2 * 60, targetSec: 5 * 60, forgottenSec: 10 * 60 },
};
