import { z } from './zod';

/** Seconds after the customer started waiting. */
export const thresholdSetSchema = z
  .object({
    warnSec: z
      .number()
      .int()
      .min(1)
      .max(7 * 86_400),
    targetSec: z
      .number()
      .int()
      .min(1)
      .max(7 * 86_400),
    forgottenSec: z
      .number()
      .int()
      .min(1)
      .max(30 * 86_400),
  })
  .refine((t) => t.warnSec <= t.targetSec && t.targetSec <= t.forgottenSec, {
    message: 'warn ≤ target ≤ forgotten',
  });
export type ThresholdSet = z.infer<typeof thresholdSetSchema>;

export const priorityLevels = ['normal', 'priority', 'vip'] as const;
export type PriorityLevel = (typeof priorityLevels)[number];

export type ThresholdsByPriority = Record<PriorityLevel, ThresholdSet>;

export const defaultThresholds: ThresholdsByPriority = {
  normal: { warnSec: 5 * 60, targetSec: 10 * 60, forgottenSec: 20 * 60 },
  // Refunds and complaints draw management attention: answer sooner.
  priority: { warnSec: 3 * 60, targetSec: 5 * 60, forgottenSec: 10 * 60 },
  vip: { warnSec: 2 * 60, targetSec: 5 * 60, forgottenSec: 10 * 60 },
};
