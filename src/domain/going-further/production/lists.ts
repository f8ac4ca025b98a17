/**
 * The value lists of the production part, apart from its zod schema so that screens and
 * generators can read them without pulling zod.
 */

/** What a test case's run gave; a case never run has no result. */
export const caseOutcomes = ['passed', 'failed'] as const;

/** How much an anomaly stops the service: blocking holds the launch. */
export const anomalySeverities = ['blocking', 'major', 'minor'] as const;

/** Where an anomaly stands; only a closed one lets the final validation through. */
export const anomalyStatuses = ['open', 'in-progress', 'corrected', 'closed'] as const;

export type CaseOutcome = (typeof caseOutcomes)[number];
export type AnomalySeverity = (typeof anomalySeverities)[number];
export type AnomalyStatus = (typeof anomalyStatuses)[number];
