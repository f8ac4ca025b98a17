import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { purposeReadiness } from '../../../src/domain/purpose/readiness';

describe('purposeReadiness', () => {
  it('lists every item not written yet, as blocking', () => {
    const prototype = setPurposeItem({ item: 'statement', value: 'Stationner' }).apply(
      createPrototype('Carte', new Date()),
    );
    const issues = purposeReadiness(prototype);
    expect(issues.map((issue) => issue.messageKey)).toEqual([
      'purpose:readiness.audience',
      'purpose:readiness.value',
      'purpose:readiness.outOfScope',
      'purpose:readiness.legalBasis',
      'purpose:readiness.owningService',
    ]);
    expect(issues.every((issue) => issue.step === 'purpose' && issue.severity === 'error')).toBe(
      true,
    );
  });

  it('counts blank text as not written', () => {
    const prototype = setPurposeItem({ item: 'outOfScope', value: '   ' }).apply(
      createPrototype('Carte', new Date()),
    );
    expect(purposeReadiness(prototype).map((issue) => issue.messageKey)).toContain(
      'purpose:readiness.outOfScope',
    );
  });
});
