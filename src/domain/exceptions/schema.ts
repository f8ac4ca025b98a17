import { z } from 'zod';
import { stepIds } from '../steps/ids';

/** How often an exception happens; "share" comes with a percentage of requests. */
export const exceptionFrequencies = ['unknown', 'rare', 'occasional', 'frequent', 'share'] as const;

/** What the team decided to do with an exception. */
export const exceptionDecisions = [
  'later',
  'separate-eservice',
  'handled',
  'out-of-scope',
] as const;

export const exceptionStatuses = ['open', 'in-progress', 'resolved'] as const;

export const exceptionTargetKinds = ['field', 'process-element', 'status'] as const;

/** Where an exception can be noted: a step, or the try-out, which plays them all beside the steps. */
export const captureOrigins = [...stepIds, 'try-out'] as const;

/** Where the exception was noted: the step (or try-out) on screen and what was selected in it. */
export const exceptionContextSchema = z.object({
  /** The step (or the try-out) on screen when it was captured. */
  step: z.enum(captureOrigins),
  /** What was selected then, if anything; `label` is kept in case the target is deleted. */
  target: z
    .object({
      /** What kind of thing the exception concerns. */
      kind: z.enum(exceptionTargetKinds),
      /** Its stable id (a field id, a BPMN element id, a status id). */
      id: z.string().min(1),
      /** Its label when the exception was captured. */
      label: z.string(),
    })
    .optional(),
});

/** An awkward case noted during a workshop and set aside. */
export const exceptionSchema = z
  .object({
    /** Stable identifier. */
    id: z.string().min(1),
    /** Short name of the case. */
    title: z.string().refine((title) => title.trim() !== '', 'an exception needs a title'),
    /** What happens in this case, and why it is awkward. */
    description: z.string().default(''),
    /** How often it happens. */
    frequency: z.enum(exceptionFrequencies).default('unknown'),
    /** Share of requests concerned, in percent, when `frequency` is "share". */
    sharePercent: z.number().min(0).max(100).optional(),
    /** Team member who raised it (team[].id). */
    raisedById: z.string().min(1).optional(),
    /** Workshop in which it was raised (workshops[].id). */
    workshopId: z.string().min(1).optional(),
    /** What the team decided; absent until decided. */
    decision: z.enum(exceptionDecisions).optional(),
    /** Team member in charge of following it up (team[].id). */
    ownerId: z.string().min(1).optional(),
    /** Where the follow-up stands. */
    status: z.enum(exceptionStatuses).default('open'),
    /** Where it was captured. */
    context: exceptionContextSchema.default({ step: 'exceptions' }),
    /** When the exception was captured, ISO 8601. */
    createdAt: z.string(),
  })
  .refine((exception) => exception.frequency !== 'share' || exception.sharePercent !== undefined, {
    message: 'a frequency given as a share needs its percentage',
    path: ['sharePercent'],
  });

export const exceptionsSchema = z.array(exceptionSchema);

export type ExceptionFrequency = (typeof exceptionFrequencies)[number];
export type ExceptionDecision = (typeof exceptionDecisions)[number];
export type ExceptionStatus = (typeof exceptionStatuses)[number];
export type ExceptionContext = z.infer<typeof exceptionContextSchema>;
export type CaptureOrigin = ExceptionContext['step'];
export type PrototypeException = z.infer<typeof exceptionSchema>;
