import { CommandRefusedError, defineCommand } from '../../commands';
import type { Prototype } from '../../prototype/schema';
import { dropEditedPart, editPart, keepEditedPart } from '../editedParts';
import type { AnomalySeverity, AnomalyStatus, CaseOutcome } from './lists';
import type {
  Anomaly,
  BasedOn,
  DeploymentRecord,
  Production,
  ReturnedReference,
  TestRun,
} from './schema';
import { secretSign } from './secrets';
import { withProduction } from './stored';
import { runSummary } from './testRun';

const sameBase = (a: BasedOn | undefined, b: BasedOn) =>
  a?.contentHash === b.contentHash && a.versionNumber === b.versionNumber;

function withRequest(prototype: Prototype, change: (record: DeploymentRecord) => DeploymentRecord) {
  return withProduction(prototype, (production): Production => {
    const next = change(production.request);
    return next === production.request ? production : { ...production, request: next };
  });
}

/**
 * Changes the test run. A change to a result or an anomaly after the final validation
 * withdraws it: what was validated is no longer what the run says.
 */
function withRun(prototype: Prototype, change: (run: TestRun) => TestRun) {
  return withProduction(prototype, (production): Production => {
    const next = change(production.tests);
    if (next === production.tests) return production;
    const { validation: _dropped, ...rest } = next;
    return { ...production, tests: next.validation === production.tests.validation ? rest : next };
  });
}

/** Refuses a value that looks like a password or a token: only where it is kept may be written. */
function refuseSecret(reference: ReturnedReference) {
  if (secretSign(reference.value))
    throw new CommandRefusedError('goingFurther-production:errors.secret');
}

/** The version of a component that was tested and approved; typing is one undo step. */
export const setComponentVersion = defineCommand(
  'setComponentVersion',
  (prototype, { componentId, version }: { componentId: string; version: string }) =>
    withRequest(prototype, (record) => {
      const others = record.componentVersions.filter((each) => each.componentId !== componentId);
      const current = record.componentVersions.find((each) => each.componentId === componentId);
      if ((current?.version ?? '') === version) return record;
      return {
        ...record,
        componentVersions: version === '' ? others : [...others, { componentId, version }],
      };
    }),
  ({ componentId }) => componentId,
);

export const addReturnedReference = defineCommand(
  'addReturnedReference',
  (prototype, { reference }: { reference: ReturnedReference }) => {
    refuseSecret(reference);
    return withRequest(prototype, (record) => ({
      ...record,
      returned: [...record.returned, reference],
    }));
  },
);

export const removeReturnedReference = defineCommand(
  'removeReturnedReference',
  (prototype, { id }: { id: string }) =>
    withRequest(prototype, (record) =>
      record.returned.some((reference) => reference.id === id)
        ? { ...record, returned: record.returned.filter((reference) => reference.id !== id) }
        : record,
    ),
);

/** Ticks or unticks one item of the configuration checklist. */
export const setConfigurationDone = defineCommand(
  'setConfigurationDone',
  (prototype, { itemId, done }: { itemId: string; done: boolean }) =>
    withRequest(prototype, (record) => {
      if (record.configurationDone.includes(itemId) === done) return record;
      return {
        ...record,
        configurationDone: done
          ? [...record.configurationDone, itemId]
          : record.configurationDone.filter((id) => id !== itemId),
      };
    }),
);

/**
 * Records a new generation of the test plan: the results of the cases that still exist are
 * kept, those of cases gone are dropped (their anomalies stay until closed).
 */
export const regenerateTestPlan = defineCommand(
  'regenerateTestPlan',
  (prototype, { basedOn, caseIds }: { basedOn: BasedOn; caseIds: string[] }) =>
    withRun(prototype, (run) => {
      const same =
        sameBase(run.basedOn, basedOn) &&
        run.caseIds.length === caseIds.length &&
        run.caseIds.every((id, index) => id === caseIds[index]);
      if (same) return run;
      const kept = new Set(caseIds);
      return {
        ...run,
        basedOn,
        caseIds,
        results: run.results.filter((result) => kept.has(result.caseId)),
      };
    }),
);

/**
 * Marks a case passed or failed with a note. A failed case with no anomaly still open
 * raises one (the caller gives its id), titled from the note (or the case's title without
 * one), major until someone says otherwise.
 */
export const recordCaseResult = defineCommand(
  'recordCaseResult',
  (
    prototype,
    args: {
      caseId: string;
      outcome: CaseOutcome;
      note: string;
      at: string;
      anomalyId: string;
      caseTitle?: string;
    },
  ) =>
    withRun(prototype, (run) => {
      const { caseId, outcome, note, at } = args;
      const current = run.results.find((result) => result.caseId === caseId);
      if (current?.outcome === outcome && current.note === note) return run;
      const results = [
        ...run.results.filter((result) => result.caseId !== caseId),
        { caseId, outcome, note, at },
      ];
      const open = run.anomalies.some(
        (anomaly) => anomaly.caseId === caseId && anomaly.status !== 'closed',
      );
      if (outcome === 'passed' || open) return { ...run, results };
      const anomaly: Anomaly = {
        id: args.anomalyId,
        caseId,
        title: (note.trim() || args.caseTitle || caseId).slice(0, 500),
        severity: 'major',
        owner: '',
        status: 'open',
        createdAt: at,
      };
      return { ...run, results, anomalies: [...run.anomalies, anomaly] };
    }),
  ({ caseId }) => caseId,
);

/** Takes a case back to untested. */
export const clearCaseResult = defineCommand(
  'clearCaseResult',
  (prototype, { caseId }: { caseId: string }) =>
    withRun(prototype, (run) =>
      run.results.some((result) => result.caseId === caseId)
        ? { ...run, results: run.results.filter((result) => result.caseId !== caseId) }
        : run,
    ),
);

export const updateAnomaly = defineCommand(
  'updateAnomaly',
  (
    prototype,
    {
      id,
      changes,
    }: {
      id: string;
      changes: Partial<{
        title: string;
        owner: string;
        severity: AnomalySeverity;
        status: AnomalyStatus;
      }>;
    },
  ) =>
    withRun(prototype, (run) => {
      const index = run.anomalies.findIndex((anomaly) => anomaly.id === id);
      const current = run.anomalies[index];
      if (!current) return run;
      const next = { ...current, ...changes };
      const changed = (Object.keys(changes) as (keyof typeof changes)[]).some(
        (key) => next[key] !== current[key],
      );
      return changed ? { ...run, anomalies: run.anomalies.with(index, next) } : run;
    }),
  ({ id, changes }) => `${id}:${Object.keys(changes).sort().join(',')}`,
);

/**
 * Records the final validation of the production tests, with who and when. Refused unless
 * every case of the plan has passed and every anomaly is closed.
 */
export const validateTests = defineCommand(
  'validateTests',
  (
    prototype,
    { caseIds, by, at, basedOn }: { caseIds: string[]; by: string; at: string; basedOn: BasedOn },
  ) =>
    withProduction(prototype, (production) => {
      const run = production.tests;
      if (by.trim() === '')
        throw new CommandRefusedError('goingFurther-production:errors.validatorRequired');
      const summary = runSummary(
        caseIds.map((id) => ({ id })),
        run,
      );
      if (!summary.canValidate)
        throw new CommandRefusedError('goingFurther-production:errors.cannotValidate');
      return {
        ...production,
        tests: { ...run, validation: { by: by.trim(), at, basedOn, caseCount: summary.total } },
      };
    }),
);

/** Rewords a generated part of a production document; typing in one part is one undo step. */
export const editProductionPart = defineCommand(
  'editProductionPart',
  (prototype, args: { key: string; text: string; generated: string }) =>
    withProduction(prototype, (production) => editPart(production, args)),
  ({ key }) => key,
);

/** Keeps the team's text over what the approved version drafts now. */
export const keepProductionPart = defineCommand(
  'keepProductionPart',
  (prototype, args: { key: string; generated: string }) =>
    withProduction(prototype, (production) => keepEditedPart(production, args)),
);

/** Takes what the approved version drafts now: the team's text is dropped. */
export const dropProductionPart = defineCommand(
  'dropProductionPart',
  (prototype, args: { key: string }) =>
    withProduction(prototype, (production) => dropEditedPart(production, args)),
);
