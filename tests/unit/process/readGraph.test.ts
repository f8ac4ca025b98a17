import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { updateFabrikAttributes } from '../../../src/domain/process/updateAttributes';

const xml = readFileSync(new URL('../../fixtures/small-process.bpmn', import.meta.url), 'utf8');

describe('readProcessGraph', () => {
  it('reads elements with their lane, Fabrik attributes and notes, and the flows', async () => {
    const result = await readProcessGraph(xml);
    if (!result.ok) throw new Error(result.error);
    const check = result.graph.elements.find((element) => element.id === 'Check');
    expect(check).toEqual({
      id: 'Check',
      type: 'bpmn:UserTask',
      kind: 'task',
      name: 'Vérifier la complétude',
      lane: 'Agents',
      role: 'Instructeur',
      delayDays: 5,
      statusId: 'status-checking',
      notes: 'Liste des pièces en annexe.',
    });
    expect(result.graph.elements.map((element) => element.kind)).toEqual(['start', 'task', 'end']);
    expect(result.graph.flows).toContainEqual({
      id: 'Flow_2',
      sourceId: 'Check',
      targetId: 'End',
      name: 'complet',
    });
  });

  it('reports XML that is not BPMN instead of throwing', async () => {
    const result = await readProcessGraph('<html><body>not bpmn</body></html>');
    expect(result.ok).toBe(false);
  });
});

describe('updateFabrikAttributes', () => {
  it('sets and removes attributes in the XML, keeping the rest', async () => {
    const updated = await updateFabrikAttributes(xml, [
      { elementId: 'End', attributes: { statusId: 'status-closed' } },
      { elementId: 'Check', attributes: { role: '' } },
    ]);
    if (!updated.ok) throw new Error(updated.error);
    const result = await readProcessGraph(updated.xml);
    if (!result.ok) throw new Error(result.error);
    expect(result.graph.elements.find((element) => element.id === 'End')?.statusId).toBe(
      'status-closed',
    );
    const check = result.graph.elements.find((element) => element.id === 'Check');
    expect(check?.role).toBeUndefined();
    expect(check?.delayDays).toBe(5);
  });

  it('refuses to change an element that does not exist', async () => {
    const updated = await updateFabrikAttributes(xml, [
      { elementId: 'Nope', attributes: { role: 'x' } },
    ]);
    expect(updated.ok).toBe(false);
  });
});
