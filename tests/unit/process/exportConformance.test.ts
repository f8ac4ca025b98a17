import { describe, expect, it } from 'vitest';
import { defaultDiagramXml } from '../../../src/domain/process/defaultDiagram';
import { createPrototype } from '../../../src/domain/prototype/create';
import { conformanceProblems } from '../../support/bpmnConformance';

describe('the exported BPMN conforms', () => {
  it('for the default diagram: read without a warning, every flow element drawn', async () => {
    expect(await conformanceProblems(defaultDiagramXml)).toEqual([]);
    expect(await conformanceProblems(createPrototype('Carte', new Date()).process.bpmnXml)).toEqual(
      [],
    );
  });

  it('finds a flow element that no diagram draws, and what bpmn-moddle warns about', async () => {
    const undrawn = defaultDiagramXml.replace(
      /<bpmndi:BPMNShape id="[^"]*" bpmnElement="Task_Examine"[\s\S]*?<\/bpmndi:BPMNShape>/,
      '',
    );
    expect(await conformanceProblems(undrawn)).toEqual(['no bpmndi:BPMNShape for Task_Examine']);
    const dangling = defaultDiagramXml.replace('targetRef="Task_Decide"', 'targetRef="Nowhere"');
    const problems = await conformanceProblems(dangling);
    expect(problems.some((problem) => /^warning: .*Nowhere/.test(problem))).toBe(true);
  });
});
