import { describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { stepProgress } from '../../../src/domain/steps';
import { steps } from '../../../src/domain/steps/registry';

describe('the steps’ progress', () => {
  it('is worked out once per prototype, and afresh for a changed one', () => {
    const checked = vi.spyOn(steps[0]!, 'progress');
    const prototype = createPrototype('Carte de stationnement', new Date());
    const before = stepProgress(prototype);
    expect(stepProgress(prototype)).toBe(before);
    expect(checked).toHaveBeenCalledTimes(1);

    const changed = setPurposeItem({ item: 'statement', value: 'Obtenir une carte' }).apply(
      prototype,
    );
    expect(stepProgress(changed)).not.toBe(before);
    expect(checked).toHaveBeenCalledTimes(2);
  });
});
