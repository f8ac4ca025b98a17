import { z } from 'zod';
import { reviewStatuses } from '../prototype/model';
import { messageChannels } from '../tracking/schema';
import { MAX_STEPS, SERVICE_NAME_MAX_LENGTH } from './limits';

/** The parts of a service's design a prototype knows, in the order the entry shows them. */
export const designKeys = [
  'fieldsAsked',
  'fieldsPrefilled',
  'processSteps',
  'roles',
  'responseDays',
  'messageChannels',
  'exceptions',
  'reviewState',
  'launchDate',
] as const;

export type DesignKey = (typeof designKeys)[number];

/** Ten years of working days: the tracking step's own bound. */
export const MAX_RESPONSE_DAYS = 3650;
export const MAX_ROLES = 100;

const count = z
  .number({ error: 'notANumber' })
  .int({ error: 'notWhole' })
  .min(0, { error: 'negative' })
  .max(MAX_STEPS, { error: 'tooLarge' });

/**
 * How the service is designed: typed by the team, or filled from its prototypes. Every part
 * is optional: absent means not known.
 */
export const serviceDesignSchema = z.object({
  /** Fields of the form that ask the requester something. */
  fieldsAsked: count.optional(),
  /** Of which prefilled from a verified source. */
  fieldsPrefilled: count.optional(),
  /** Tasks of the processing flow. */
  processSteps: count.optional(),
  /** Who processes requests (the flow's roles or lanes). */
  roles: z
    .array(z.string().trim().min(1).max(SERVICE_NAME_MAX_LENGTH, { error: 'textTooLong' }))
    .max(MAX_ROLES)
    .optional(),
  /** The response time told to requesters, in working days. */
  responseDays: z
    .number({ error: 'notANumber' })
    .int({ error: 'notWhole' })
    .min(1, { error: 'atLeastOne' })
    .max(MAX_RESPONSE_DAYS, { error: 'tooLarge' })
    .optional(),
  /** How the requester is told of the progress of their request. */
  messageChannels: z.array(z.enum(messageChannels)).optional(),
  /** Exceptions set aside while designing it. */
  exceptions: count.optional(),
  /** Where its design stands in verification and approval. */
  reviewState: z.enum(reviewStatuses).optional(),
  /** The day the service opens to all, `YYYY-MM-DD`. */
  launchDate: z.iso.date({ error: 'dateInvalid' }).optional(),
});

export type ServiceDesign = z.infer<typeof serviceDesignSchema>;
export type DesignValue = NonNullable<ServiceDesign[DesignKey]>;

/** A stored design, each part of the wrong kind dropped rather than the whole. */
export function readStoredDesign(value: unknown): ServiceDesign | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Record<string, unknown>;
  const design: ServiceDesign = {};
  for (const key of designKeys) {
    const part = serviceDesignSchema.shape[key].safeParse(stored[key]);
    if (part.success && part.data !== undefined) Object.assign(design, { [key]: part.data });
  }
  return design;
}
