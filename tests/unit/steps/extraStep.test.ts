import { describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { stepProgress } from '../../../src/domain/steps';
import type * as registry from '../../../src/domain/steps/registry';
import { diffContents, isEmptyDiff } from '../../../src/domain/versions/diff';

// A step added the way the README says (one more registry entry), without touching the
// consumers: they iterate the registry, so they show it.
vi.mock('../../../src/domain/steps/registry', async (importOriginal) => {
  const real = await importOriginal<typeof registry>();
  const coverage = {
    id: 'coverage',
    contentKeys: [],
    progress: () => true,
    restored: false,
    diff: {
      compare: () => Promise.resolve({ coverage: { added: ['Demande urgente'] } }),
      isEmpty: (diff: { coverage: { added: string[] } }) => diff.coverage.added.length === 0,
    },
  };
  return { ...real, steps: [...real.steps, coverage] };
});

const prototype = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));

describe('a step added to the registry', () => {
  it('shows in the progress and in the diff', async () => {
    expect(stepProgress(prototype)).toMatchObject({ coverage: true, purpose: false });
    const diff = await diffContents(prototype, prototype);
    expect(diff).toMatchObject({ coverage: { added: ['Demande urgente'] }, purpose: [] });
    expect(isEmptyDiff(diff)).toBe(false);
  });
});
