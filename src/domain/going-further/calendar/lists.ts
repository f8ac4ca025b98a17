/**
 * The value lists and bounds of the deployment calendar, apart from the zod schema so that
 * the step registry reads them without pulling zod.
 */

/** Pilot then generalisation, or everyone at once. */
export const deploymentStrategies = ['pilot', 'big-bang'] as const;
export type DeploymentStrategy = (typeof deploymentStrategies)[number];

/** What must be true before the pilot ends and the service is generalised. */
export const pilotCriteria = ['anomalies', 'documentation', 'training', 'processes'] as const;
export type PilotCriterion = (typeof pilotCriteria)[number];

/** Longest duration of one operation, in working days (about four years): beyond is a typo. */
export const MAX_DURATION_DAYS = 1000;
/** Longest margin for corrections, in working days. */
export const MAX_MARGIN_DAYS = 250;
/** A duration given to an operation the calendar has not been told about. */
export const DEFAULT_DURATION_DAYS = 5;
/** Steering-committee reviews a calendar may hold. */
export const MAX_MILESTONES = 100;
