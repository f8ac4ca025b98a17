import { z } from 'zod';
import {
  deadlineBases,
  deliveryModes,
  helpKinds,
  requestChannels,
  stakeholderKinds,
  territoryKinds,
} from './lists';

export {
  deadlineBases,
  deliveryModes,
  helpKinds,
  requestChannels,
  stakeholderKinds,
  territoryKinds,
} from './lists';

/**
 * The project frame (QQOQCCP: who, what, where, when, how, how much, why), drafted before
 * the workshops, and the impacts of the change. Both are absent from a prototype until
 * someone fills them, so every file written before they existed opens unchanged.
 */

/** Long enough for a paragraph, short enough that a file stays small. */
const text = z.string().max(5000);
/** More than any real project has; a list beyond it is a wrong file, not a frame. */
const MAX_ITEMS = 300;

/** Largest budget amount accepted, in euros: a typo guard, not a policy. */
export const BUDGET_AMOUNT_MAX = 1_000_000_000;

export const stakeholderSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(stakeholderKinds),
  /** Who they are: a service, a role, a person, a group. */
  name: text,
  /** Their part in the project. */
  role: text,
});

export const budgetLineSchema = z.object({
  id: z.string().min(1),
  item: text,
  /** In euros; absent until typed. */
  amount: z.number().finite().nonnegative().max(BUDGET_AMOUNT_MAX).optional(),
});

export const objectiveSchema = z.object({
  id: z.string().min(1),
  objective: text,
  /** What will show that it was reached. */
  indicator: text,
  /** The value of the indicator to reach. */
  target: text,
});

export const frameSchema = z.object({
  /** Who: the stakeholders. */
  stakeholders: z.array(stakeholderSchema).max(MAX_ITEMS),
  /** Where: the territory the service covers (the owning service is the purpose's). */
  where: z.object({
    territory: z.enum(territoryKinds).optional(),
    /** Its name: "Communauté de communes du Val de Saône". */
    territoryName: text,
  }),
  /** When: the deadline, what sets it, and the text that does. */
  when: z.object({
    /** YYYY-MM-DD, or empty. */
    deadline: z.union([z.literal(''), z.iso.date()]),
    basis: z.enum(deadlineBases).optional(),
    reference: text,
  }),
  /** How: the tools and means, and who builds it. */
  how: z.object({
    means: text,
    delivery: z.enum(deliveryModes).optional(),
  }),
  /** How much: the budget, line by line. */
  budget: z.array(budgetLineSchema).max(MAX_ITEMS),
  /** Why: the objectives, each with its indicator and target. */
  objectives: z.array(objectiveSchema).max(MAX_ITEMS),
});

const share = z.number().int().min(0).max(100);

/** What every impact carries: who follows it, and what will be done. */
const followed = { owner: text, action: text };

/** The change for the agents of one process role (the after is read from the process). */
export const agentImpactSchema = z.object({
  id: z.string().min(1),
  /** The process role (a lane or `fabrik:role`) it concerns. */
  role: z.string().min(1).max(200),
  /** How the work is done today. */
  before: text,
  /** The workload during the project, and the means to absorb it. */
  workload: text,
  means: text,
  /** New responsibilities after the change. */
  responsibilities: text,
  ...followed,
});

export const impactsSchema = z.object({
  agents: z.array(agentImpactSchema).max(MAX_ITEMS),
  requesters: z.object({
    /** Who may struggle online. */
    struggling: text,
    help: z.array(z.enum(helpKinds)).max(helpKinds.length),
    /** Expected share of requests per channel, in %. */
    channels: z.partialRecord(z.enum(requestChannels), share),
    ...followed,
  }),
  budget: z.object({
    /** What the current process costs. */
    currentCost: text,
    /** How the money saved will be used. */
    savingsUse: text,
    ...followed,
  }),
});

export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type StakeholderKind = (typeof stakeholderKinds)[number];
export type BudgetLine = z.infer<typeof budgetLineSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Frame = z.infer<typeof frameSchema>;
export type AgentImpact = z.infer<typeof agentImpactSchema>;
export type Impacts = z.infer<typeof impactsSchema>;
export type HelpKind = (typeof helpKinds)[number];
export type RequestChannel = (typeof requestChannels)[number];
