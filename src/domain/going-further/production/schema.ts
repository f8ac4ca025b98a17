import { z } from 'zod';
import { hexHashSchema } from '../../review/schema';
import { editedPartSchema } from '../editedPartSchema';
import { anomalySeverities, anomalyStatuses, caseOutcomes } from './lists';

export { anomalySeverities, anomalyStatuses, caseOutcomes } from './lists';

/**
 * The production part of « Pour aller plus loin »: the deployment request sent to the
 * production team with what it returned, and the production test plan's run. What is
 * generated (the request's content, the test cases) is read from the approved version each
 * time; only what people record is stored here. Every part is optional or defaulted, so a
 * file without it, or with only some of it, opens unchanged.
 */

/** Long enough for a paragraph, short enough that a file stays small. */
const text = z.string().max(5000);
/** A short identifying text: a reference, a name, a version. */
const shortText = z.string().max(500);
/** More than any real plan has; beyond it the file is wrong, not the plan. */
const MAX_ITEMS = 2000;
const id = z.string().min(1).max(200);

/** Which approved version something was generated from. */
export const basedOnSchema = z.object({
  /** The content hash the approval signed. */
  contentHash: hexHashSchema,
  /** The version's number, when the approved file named it. */
  versionNumber: z.number().int().positive().optional(),
});

/**
 * Something the production team returned: a URL, an identifier, or where a secret is kept
 * (« coffre DSI / clé xyz »), never the secret itself (the commands refuse one).
 */
export const returnedReferenceSchema = z.object({
  id,
  /** What it is: « URL de la démarche », « Compte de service du moteur ». */
  label: shortText,
  /** The URL, identifier or reference. */
  value: shortText,
});

/** The version of a component that was tested and approved, by component id. */
export const componentVersionSchema = z.object({
  componentId: id,
  version: shortText,
});

export const deploymentRecordSchema = z.object({
  /** The approved version the request was last generated from. */
  basedOn: basedOnSchema.optional(),
  /** The version of each component tested and approved, as the team gives it. */
  componentVersions: z.array(componentVersionSchema).max(MAX_ITEMS).default([]),
  /** What the production team returned. */
  returned: z.array(returnedReferenceSchema).max(MAX_ITEMS).default([]),
  /** Ids of the configuration checklist's items the production team has done. */
  configurationDone: z.array(id).max(MAX_ITEMS).default([]),
});

/** A test case's run: passed or failed, with what the tester noted. */
export const caseResultSchema = z.object({
  /** The case's stable id (from its path, scenario, component or role). */
  caseId: id,
  outcome: z.enum(caseOutcomes),
  note: text,
  /** When it was recorded, ISO 8601. */
  at: z.string().max(40),
});

/** What a failed case became: followed until it is corrected and closed. */
export const anomalySchema = z.object({
  id,
  /** The case whose failure raised it. */
  caseId: id,
  /** What went wrong, from the failed case's note at first. */
  title: shortText,
  severity: z.enum(anomalySeverities),
  /** Who corrects it. */
  owner: shortText,
  status: z.enum(anomalyStatuses),
  /** When it was raised, ISO 8601. */
  createdAt: z.string().max(40),
});

/** The final validation of the production tests: who, when, on which version. */
export const finalValidationSchema = z.object({
  by: shortText.refine((name) => name.trim() !== '', 'a name is required'),
  /** ISO 8601. */
  at: z.string().max(40),
  basedOn: basedOnSchema,
  /** How many cases had passed. */
  caseCount: z.number().int().nonnegative(),
});

export const testRunSchema = z.object({
  /** The approved version the plan was last generated from. */
  basedOn: basedOnSchema.optional(),
  /** The ids of the cases of that generation: what the next one is compared with. */
  caseIds: z.array(id).max(MAX_ITEMS).default([]),
  results: z.array(caseResultSchema).max(MAX_ITEMS).default([]),
  anomalies: z.array(anomalySchema).max(MAX_ITEMS).default([]),
  /** Absent until the tests are validated; any later result or anomaly change removes it. */
  validation: finalValidationSchema.optional(),
});

export const productionSchema = z.object({
  request: deploymentRecordSchema.default({
    componentVersions: [],
    returned: [],
    configurationDone: [],
  }),
  tests: testRunSchema.default({ caseIds: [], results: [], anomalies: [] }),
  /**
   * The team's wording of the documents' generated parts (request introduction, security
   * settings, test steps), each with what was drafted then; absent until the first.
   */
  edits: z.array(editedPartSchema).max(MAX_ITEMS).optional(),
});

export type BasedOn = z.infer<typeof basedOnSchema>;
export type ReturnedReference = z.infer<typeof returnedReferenceSchema>;
export type DeploymentRecord = z.infer<typeof deploymentRecordSchema>;
export type CaseResult = z.infer<typeof caseResultSchema>;
export type Anomaly = z.infer<typeof anomalySchema>;
export type FinalValidation = z.infer<typeof finalValidationSchema>;
export type TestRun = z.infer<typeof testRunSchema>;
export type Production = z.infer<typeof productionSchema>;
