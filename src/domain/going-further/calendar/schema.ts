import { z } from 'zod';
import {
  deploymentStrategies,
  MAX_DURATION_DAYS,
  MAX_MARGIN_DAYS,
  MAX_MILESTONES,
  pilotCriteria,
} from './lists';
import { MAX_OPERATIONS } from '../operations/lists';

const text = z.string().max(2000);
const days = (max: number) => z.number().int().min(1).max(max);
/** A day, `YYYY-MM-DD`, or empty until chosen. */
const day = z.union([z.literal(''), z.iso.date()]);

/** When and how long one operation runs, what it delivers and what it waits for. */
export const calendarTaskSchema = z.object({
  /** The operation this is the timing of. */
  operationId: z.string().min(1),
  /** In working days, from 1 to MAX_DURATION_DAYS. */
  durationDays: days(MAX_DURATION_DAYS),
  /** The operations that must end before this one starts. */
  dependsOn: z.array(z.string().min(1)).max(MAX_OPERATIONS),
  /** What the operation hands over when it ends. */
  deliverable: text,
});

/** A steering-committee review, held when an operation ends. */
export const milestoneSchema = z.object({
  id: z.string().min(1),
  /** What the committee decides. */
  name: text,
  /** The operation whose end it reviews. */
  afterOperationId: z.string().min(1),
});

/** The deployment's calendar, in working days from its start. */
export const calendarSchema = z.object({
  /** The first working day of the deployment; empty until chosen. */
  start: day,
  /** The day the service must be open to all; empty when there is none. */
  deadline: day,
  /** Pilot then generalisation, or big bang. */
  strategy: z.enum(deploymentStrategies),
  /** Working days kept free after the operations (or after the pilot) for corrections. */
  marginDays: z.number().int().min(0).max(MAX_MARGIN_DAYS),
  /** How long the pilot runs, in working days (pilot strategy only). */
  pilotDays: days(MAX_DURATION_DAYS),
  /** How long the generalisation takes, in working days (pilot strategy only). */
  generalisationDays: days(MAX_DURATION_DAYS),
  /** Which of the pilot's end criteria are met. */
  pilotCriteria: z.partialRecord(z.enum(pilotCriteria), z.boolean()),
  /** The timing of each operation that has one; the others take the default. */
  tasks: z.array(calendarTaskSchema).max(MAX_OPERATIONS),
  /** Steering-committee reviews. */
  milestones: z.array(milestoneSchema).max(MAX_MILESTONES),
});

export type CalendarTask = z.infer<typeof calendarTaskSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Calendar = z.infer<typeof calendarSchema>;
