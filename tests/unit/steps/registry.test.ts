import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { contentKeys, contentOf } from '../../../src/domain/prototype/model';
import { prototypeContentSchema } from '../../../src/domain/prototype/schema';
import { collectReadiness } from '../../../src/domain/review/checklist';
import { contentKeysOfStep, hashedSteps } from '../../../src/domain/review/stepHashes';
import { unsignedContentKeys } from '../../../src/domain/steps/unsigned';
import { stepIds } from '../../../src/domain/steps';
import { steps, stepRegistry } from '../../../src/domain/steps/registry';
import { diffContents, isEmptyDiff } from '../../../src/domain/versions/diff';
import { restoredKeys } from '../../../src/domain/versions/restore';

const prototype = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));

describe('the step registry', () => {
  it('has one entry per step id, iterated in step order', () => {
    expect(Object.keys(stepRegistry).sort()).toEqual([...stepIds].sort());
    expect(steps.map((step) => step.id)).toEqual(stepIds);
  });

  it('gives every key of the content schema but the id to exactly one step', () => {
    const owned = steps.flatMap((step) => step.contentKeys);
    expect(new Set(owned).size).toBe(owned.length);
    const schemaKeys = Object.keys(prototypeContentSchema.shape);
    expect(['id', ...owned].sort()).toEqual([...schemaKeys].sort());
    expect(contentKeys).toEqual(['id', ...owned]);
    expect(Object.keys(contentOf(prototype))).toEqual(
      contentKeys.filter((key) => prototype[key] !== undefined),
    );
  });

  it('is what restore, step hashes and the diff read', async () => {
    expect(restoredKeys).toEqual(
      steps.filter((step) => step.restored).flatMap((step) => step.contentKeys),
    );
    expect(restoredKeys).toEqual([
      'name',
      'purpose',
      'form',
      'process',
      'scenarios',
      'tracking',
      'exceptions',
    ]);
    // Step hashes cover each step's keys but those no sign-off covers (« Pour aller plus loin »).
    for (const id of stepIds) {
      expect(contentKeysOfStep(id)).toEqual(
        stepRegistry[id].contentKeys.filter((key) => !unsignedContentKeys.includes(key)),
      );
    }
    expect(hashedSteps).toEqual(
      steps.filter((step) => contentKeysOfStep(step.id).length > 0).map((step) => step.id),
    );
    expect(hashedSteps).not.toContain('going-further');
    const diff = await diffContents(prototype, prototype);
    const sections = await Promise.all(
      steps.flatMap((step) => (step.diff ? [step.diff.compare(prototype, prototype)] : [])),
    );
    expect(Object.keys(diff).sort()).toEqual(sections.flatMap((s) => Object.keys(s)).sort());
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('files every readiness item under a known step', async () => {
    const issues = await collectReadiness(prototype, {
      today: new Date('2026-11-23T09:00:00.000Z'),
    });
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(stepIds).toContain(issue.step);
  });
});
