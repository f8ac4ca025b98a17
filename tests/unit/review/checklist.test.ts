import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { purposeItems } from '../../../src/domain/purpose/items';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { blockingIssues, collectReadiness } from '../../../src/domain/review/checklist';
import { stepIds } from '../../../src/domain/steps';
import type { Prototype } from '../../../src/domain/prototype/schema';

const now = new Date('2026-11-23T09:00:00.000Z');

describe('the readiness checklist', () => {
  it('collects every step’s items, in step order, each linked to its step', async () => {
    const issues = await collectReadiness(createPrototype('Carte', now), { today: now });
    const steps = issues.map((issue) => issue.step);
    expect(steps).toEqual([...steps].sort((a, b) => stepIds.indexOf(a) - stepIds.indexOf(b)));
    expect(issues.map((issue) => issue.messageKey)).toContain('purpose:readiness.outOfScope');
    expect(issues.map((issue) => issue.messageKey)).toContain('workshops:readiness.noReferent');
    expect(blockingIssues(issues).length).toBeGreaterThan(0);
  });

  it('no longer lists the purpose once it is written, out of scope included', async () => {
    const written = purposeItems.reduce<Prototype>(
      (prototype, item) => setPurposeItem({ item, value: 'Écrit' }).apply(prototype),
      createPrototype('Carte', now),
    );
    const issues = await collectReadiness(written, { today: now });
    expect(issues.filter((issue) => issue.step === 'purpose')).toEqual([]);
  });

  it('lists an exception without a decision, linked to it', async () => {
    const prototype: Prototype = {
      ...createPrototype('Carte', now),
      exceptions: [
        {
          id: 'e1',
          title: 'Résident sans justificatif',
          description: '',
          frequency: 'rare',
          status: 'open',
          context: { step: 'form' },
          createdAt: now.toISOString(),
        },
      ],
    };
    const issues = await collectReadiness(prototype, { today: now });
    expect(issues).toContainEqual(
      expect.objectContaining({
        step: 'exceptions',
        severity: 'error',
        target: { kind: 'exception', id: 'e1' },
      }),
    );
  });

  it('warns, without blocking, when frequent exceptions outweigh the main path', async () => {
    const frequent = (id: string, decision: 'handled' | 'separate-eservice') => ({
      id,
      title: id,
      description: '',
      frequency: 'frequent' as const,
      decision,
      status: 'open' as const,
      context: { step: 'form' as const },
      createdAt: now.toISOString(),
    });
    const base = createPrototype('Carte', now);
    expect(base.form.pages).toHaveLength(1);
    const kept = await collectReadiness(
      {
        ...base,
        exceptions: [frequent('e1', 'handled'), frequent('e2', 'handled')],
      },
      { today: now },
    );
    expect(kept).toContainEqual(
      expect.objectContaining({
        step: 'exceptions',
        messageKey: 'exceptions:readiness.outweighs',
        params: { count: 2 },
        severity: 'warning',
      }),
    );
    // Exceptions already set aside as another e-service no longer weigh on this one.
    const setAside = await collectReadiness(
      {
        ...base,
        exceptions: [frequent('e1', 'separate-eservice'), frequent('e2', 'separate-eservice')],
      },
      { today: now },
    );
    expect(setAside.map((issue) => issue.messageKey)).not.toContain(
      'exceptions:readiness.outweighs',
    );
  });
});
