import { z } from 'zod';
import type { TryoutRun } from './types';

/** The try-out of a prototype in progress: one per prototype, kept apart from its content. */
export interface TryoutRow {
  prototypeId: string;
  /** The requester's answers, by field id. */
  answers: Record<string, unknown>;
  /** The tracking code the requester received. */
  code: string;
  /** When the request was sent, ISO 8601. */
  submittedAt: string;
  run: TryoutRun;
  /** The run before each action taken, latest last, so the last action can be taken back. */
  earlier: TryoutRun[];
  /** Which write stored the row: tells a tab its own writes from another tab's. */
  writeId?: string;
}

const day = z.number().finite();

/**
 * What a stored run must be for the try-out to go on with it. Loose inside (extra keys are
 * kept): a log entry or a status stop is shown as it is, never rebuilt.
 */
const runSchema = z.looseObject({
  tokens: z.array(z.looseObject({ id: z.string(), elementId: z.string(), day })),
  joins: z.record(
    z.string(),
    z.array(z.union([day, z.looseObject({ day, flowId: z.string().optional() })])),
  ),
  stops: z.array(z.looseObject({ statusId: z.string(), dayOffset: day })),
  log: z.array(z.looseObject({ kind: z.string(), elementId: z.string(), day })),
  nextTokenId: z.number().int().nonnegative(),
  problem: z.enum(['no-start', 'loop']).optional(),
});

const isRun = (value: unknown): value is TryoutRun => runSchema.safeParse(value).success;

export const tryoutRowSchema = z.object({
  prototypeId: z.string().min(1),
  answers: z.record(z.string(), z.unknown()),
  code: z.string(),
  submittedAt: z.string(),
  run: z.custom<TryoutRun>(isRun, 'not a try-out run'),
  earlier: z.array(z.custom<TryoutRun>(isRun, 'not a try-out run')),
  writeId: z.string().optional(),
});
