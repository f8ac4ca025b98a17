import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { typeLabel } from '../../../src/features/process/editor/translate';
import { i18n } from '../../../src/ui/i18n/i18n';

interface ModdleType {
  name: string;
  isAbstract?: boolean;
  superClass?: string[];
}

// bpmn-moddle's own list of types: a type bpmn-js learns to draw is caught here.
const bpmnTypes = (
  createRequire(import.meta.url)('bpmn-moddle/resources/bpmn/json/bpmn.json') as {
    types: ModdleType[];
  }
).types;
const byName = new Map(bpmnTypes.map((type) => [type.name, type]));
const isA = (name: string, base: string): boolean =>
  name === base || (byName.get(name)?.superClass ?? []).some((parent) => isA(parent, base));
/** Types the modeler cannot draw (choreographies, the data object behind a reference…). */
const notDrawn = new Set([
  'ImplicitThrowEvent',
  'DataObject',
  'CallChoreography',
  'SubChoreography',
  'ChoreographyTask',
]);
const drawnTypes = [
  ...bpmnTypes
    .filter((type) => !type.isAbstract && !notDrawn.has(type.name))
    .filter((type) => ['FlowElement', 'Artifact'].some((base) => isA(type.name, base)))
    .map((type) => type.name),
  'Participant',
  'Lane',
  'MessageFlow',
];

afterAll(() => i18n.changeLanguage('fr'));

describe('the type of the selected element', () => {
  it.each(['fr', 'en'])('is named for every drawable BPMN type (%s)', async (language) => {
    await i18n.changeLanguage(language);
    const generic = typeLabel('bpmn:NotAType');
    expect(drawnTypes.length).toBeGreaterThan(25);
    const unnamed = drawnTypes.filter((type) => typeLabel(`bpmn:${type}`) === generic);
    expect(unnamed).toEqual([]);
  });

  it('says the French names users read, not bpmn-js’s English', async () => {
    await i18n.changeLanguage('fr');
    expect(typeLabel('bpmn:EventBasedGateway')).toBe(
      'Passerelle sur événement (le premier qui arrive)',
    );
    expect(typeLabel('bpmn:SequenceFlow')).toBe('Flux (enchaînement)');
  });
});
