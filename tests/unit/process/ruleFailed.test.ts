import { describe, expect, it, vi } from 'vitest';
import { checkProcess } from '../../../src/domain/process/checks';
import { defaultDiagramXml } from '../../../src/domain/process/defaultDiagram';
import { processReadiness } from '../../../src/domain/process/readiness';
import { createPrototype } from '../../../src/domain/prototype/create';

// A bpmnlint rule that throws on the diagram, as a rule with a bug would on a diagram it
// did not expect: bpmnlint reports it in the "rule-error" category.
vi.mock('bpmnlint/rules/superfluous-gateway', () => ({
  default: () => ({
    check() {
      throw new Error('Cannot read properties of undefined');
    },
  }),
}));

describe('a bpmnlint rule that fails', () => {
  // bpmnlint also logs the failure to the console: expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('is reported as an error naming the rule, never taken for a clean diagram', async () => {
    const result = await checkProcess(defaultDiagramXml);
    if (!result.ok) throw new Error(result.error);
    expect(result.checks).toContainEqual({
      rule: 'fabrik/rule-failed',
      failedRule: 'superfluous-gateway',
      severity: 'error',
    });
  });

  it('is in the readiness checklist of the review', async () => {
    const issues = await processReadiness(createPrototype('Carte', new Date()));
    expect(issues).toContainEqual({
      step: 'process',
      messageKey: 'process:checks.rules.fabrik.rule-failed',
      params: { name: '', rule: 'superfluous-gateway' },
      severity: 'error',
      target: undefined,
    });
  });
});
