import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../../src/domain/commands';
import {
  addReturnedReference,
  clearCaseResult,
  recordCaseResult,
  regenerateTestPlan,
  setComponentVersion,
  setConfigurationDone,
  updateAnomaly,
  validateTests,
} from '../../../../src/domain/going-further/production/commands';
import { productionSchema } from '../../../../src/domain/going-further/production/schema';
import { secretSign } from '../../../../src/domain/going-further/production/secrets';
import { productionOf } from '../../../../src/domain/going-further/production/stored';
import { canValidate, runSummary } from '../../../../src/domain/going-further/production/testRun';
import { createPrototype } from '../../../../src/domain/prototype/create';
import type { Prototype } from '../../../../src/domain/prototype/schema';
import type { Command } from '../../../../src/domain/commands';

const blank = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));
const basedOn = { contentHash: 'b'.repeat(64), versionNumber: 3 };
const cases = [{ id: 'path-a' }, { id: 'path-b' }];
const at = '2026-12-01T10:00:00.000Z';

const run = (...commands: Command[]) =>
  commands.reduce((prototype: Prototype, command) => command.apply(prototype), blank);
const testsOf = (prototype: Prototype) => productionOf(prototype)!.tests;
const validate = (by = 'Inès Martin') =>
  validateTests({ caseIds: cases.map((each) => each.id), by, at, basedOn });

describe('the production test run', () => {
  const planned = run(regenerateTestPlan({ basedOn, caseIds: ['path-a', 'path-b'] }));

  it('turns a failed case into an open anomaly, titled from its note', () => {
    const failed = recordCaseResult({
      caseId: 'path-a',
      outcome: 'failed',
      note: 'Le courriel d’accusé n’arrive pas',
      at,
      anomalyId: 'an1',
    }).apply(planned);
    expect(testsOf(failed).anomalies).toEqual([
      {
        id: 'an1',
        caseId: 'path-a',
        title: 'Le courriel d’accusé n’arrive pas',
        severity: 'major',
        owner: '',
        status: 'open',
        createdAt: at,
      },
    ]);
    // Failing it again while its anomaly is open raises no second one.
    const again = recordCaseResult({
      caseId: 'path-a',
      outcome: 'failed',
      note: 'Toujours pas',
      at,
      anomalyId: 'an2',
    }).apply(failed);
    expect(testsOf(again).anomalies).toHaveLength(1);
    // Undo is the prototype before: nothing of it changed.
    expect(testsOf(planned).anomalies).toEqual([]);
    expect(productionSchema.safeParse(productionOf(again)).success).toBe(true);
  });

  it('validates only when every case passed and every anomaly is closed, with who and when', () => {
    const pass = (caseId: string) =>
      recordCaseResult({ caseId, outcome: 'passed', note: '', at, anomalyId: `x-${caseId}` });
    const fail = recordCaseResult({
      caseId: 'path-b',
      outcome: 'failed',
      note: 'Statut erroné',
      at,
      anomalyId: 'an1',
    });

    const untested = run(
      regenerateTestPlan({ basedOn, caseIds: ['path-a', 'path-b'] }),
      pass('path-a'),
    );
    expect(runSummary(cases, testsOf(untested))).toMatchObject({ untested: 1, canValidate: false });
    expect(() => validate().apply(untested)).toThrow(CommandRefusedError);

    const failed = fail.apply(untested);
    expect(runSummary(cases, testsOf(failed))).toMatchObject({
      passed: 1,
      failed: 1,
      openAnomalies: 1,
      canValidate: false,
    });

    const retested = pass('path-b').apply(failed);
    expect(runSummary(cases, testsOf(retested))).toMatchObject({
      passed: 2,
      openAnomalies: 1,
      canValidate: false,
    });
    const corrected = updateAnomaly({
      id: 'an1',
      changes: { status: 'corrected', owner: 'DSI' },
    }).apply(retested);
    expect(runSummary(cases, testsOf(corrected)).canValidate).toBe(false);

    const closed = updateAnomaly({ id: 'an1', changes: { status: 'closed' } }).apply(corrected);
    expect(canValidate(cases, testsOf(closed))).toBe(true);
    // A case added to the plan since, and not run, holds it back again.
    expect(canValidate([...cases, { id: 'path-c' }], testsOf(closed))).toBe(false);
    expect(canValidate([], testsOf(closed))).toBe(false);
    expect(() => validate(' ').apply(closed)).toThrow(CommandRefusedError);
    const validated = validate().apply(closed);
    expect(testsOf(validated).validation).toEqual({ by: 'Inès Martin', at, basedOn, caseCount: 2 });

    // Any later change to the run withdraws the validation; undo (the prototype before) keeps it.
    const changed = clearCaseResult({ caseId: 'path-a' }).apply(validated);
    expect(testsOf(changed).validation).toBeUndefined();
    expect(testsOf(validated).validation).toBeDefined();
  });

  it('keeps the results of the cases that still exist when the plan is regenerated', () => {
    const tested = run(
      regenerateTestPlan({ basedOn, caseIds: ['path-a', 'path-b'] }),
      recordCaseResult({ caseId: 'path-a', outcome: 'passed', note: 'ok', at, anomalyId: 'n1' }),
      recordCaseResult({ caseId: 'path-b', outcome: 'failed', note: 'ko', at, anomalyId: 'n2' }),
    );
    const newer = { contentHash: 'c'.repeat(64), versionNumber: 4 };
    const regenerated = regenerateTestPlan({ basedOn: newer, caseIds: ['path-a', 'path-c'] }).apply(
      tested,
    );
    expect(testsOf(regenerated).results.map((result) => result.caseId)).toEqual(['path-a']);
    expect(testsOf(regenerated).anomalies.map((anomaly) => anomaly.caseId)).toEqual(['path-b']);
    expect(testsOf(regenerated).basedOn).toEqual(newer);
    const same = regenerateTestPlan({ basedOn: newer, caseIds: ['path-a', 'path-c'] });
    expect(same.apply(regenerated)).toBe(regenerated);
  });
});

describe('what the production team returns', () => {
  it('is stored as references, and a password or a token is refused', () => {
    const reference = { id: 'r1', label: 'Compte de service', value: 'coffre DSI / clé xyz' };
    const added = addReturnedReference({ reference }).apply(blank);
    expect(productionOf(added)!.request.returned).toEqual([reference]);
    for (const secret of [
      'mot de passe : Printemps2026!',
      'password=hunter2',
      'https://admin:S3cret@moteur.ville.fr',
      'https://api.ville.fr/hook?token=abc123def',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N',
      'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
    ]) {
      expect(secretSign(secret), secret).toBeDefined();
      expect(() =>
        addReturnedReference({ reference: { id: 'r2', label: 'Accès', value: secret } }).apply(
          added,
        ),
      ).toThrow(CommandRefusedError);
    }
    for (const fine of [
      'https://demarches.ville.fr/stationnement',
      'coffre DSI / clé moteur-prod',
      'PROC-2026-0042',
      '123e4567-e89b-12d3-a456-426614174000',
    ]) {
      expect(secretSign(fine), fine).toBeUndefined();
    }
  });

  it('records component versions and the configuration done, undoably', () => {
    const versioned = setComponentVersion({ componentId: 'payment', version: 'PayFiP 2' }).apply(
      blank,
    );
    expect(productionOf(versioned)!.request.componentVersions).toEqual([
      { componentId: 'payment', version: 'PayFiP 2' },
    ]);
    const cleared = setComponentVersion({ componentId: 'payment', version: '' }).apply(versioned);
    expect(productionOf(cleared)!.request.componentVersions).toEqual([]);
    const done = setConfigurationDone({ itemId: 'form', done: true }).apply(blank);
    expect(productionOf(done)!.request.configurationDone).toEqual(['form']);
    expect(setConfigurationDone({ itemId: 'form', done: true }).apply(done)).toBe(done);
    expect(productionOf(blank)).toBeUndefined();
  });
});
