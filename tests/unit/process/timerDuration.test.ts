import { describe, expect, it } from 'vitest';
import { defaultDiagramXml } from '../../../src/domain/process/defaultDiagram';
import { allFlowElements, parseDefinitions } from '../../../src/domain/process/moddle';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import {
  daysOfDuration,
  durationOfDays,
  timerDuration,
} from '../../../src/domain/process/timerDuration';
import { updateFabrikAttributes } from '../../../src/domain/process/updateAttributes';

async function lateEvent(xml: string) {
  const parsed = await parseDefinitions(xml);
  if (!parsed.ok) throw new Error(parsed.error);
  const event = allFlowElements(parsed.definitions).find(
    (element) => element.id === 'Event_DocumentsLate',
  );
  if (!event) throw new Error('no timer');
  return event;
}

const timerXml = (attributes: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fabrik="urn:fabrik:bpmn:1.0" id="D" targetNamespace="x">
  <bpmn:process id="P">
    <bpmn:intermediateCatchEvent id="Timer" name="Relance" ${attributes}>
      <bpmn:timerEventDefinition id="T"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P2W</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
  </bpmn:process>
</bpmn:definitions>`;

describe('timer durations in the BPMN', () => {
  it('write days as an ISO 8601 duration, and read days or weeks back', () => {
    expect(durationOfDays(30)).toBe('P30D');
    expect(daysOfDuration('P30D')).toBe(30);
    expect(daysOfDuration(' P2W ')).toBe(14);
    expect(daysOfDuration('P1,5D')).toBe(1.5);
    // Months and hours are not a number of days: Fabrik does not guess.
    expect(daysOfDuration('P1M')).toBeUndefined();
    expect(daysOfDuration('PT5H')).toBeUndefined();
  });

  it('are in the default diagram: « Pas de réponse sous 30 jours » lasts P30D, as its delay says', async () => {
    expect(timerDuration(await lateEvent(defaultDiagramXml))).toBe('P30D');
    const read = await readProcessGraph(defaultDiagramXml);
    if (!read.ok) throw new Error(read.error);
    expect(read.graph.elements.find((e) => e.id === 'Event_DocumentsLate')?.delayDays).toBe(30);
  });

  it('follow the delay when it is edited outside the diagram, and go with it', async () => {
    const changed = await updateFabrikAttributes(defaultDiagramXml, [
      { elementId: 'Event_DocumentsLate', attributes: { delayDays: 20 } },
    ]);
    if (!changed.ok) throw new Error(changed.error);
    expect(timerDuration(await lateEvent(changed.xml))).toBe('P20D');
    const removed = await updateFabrikAttributes(changed.xml, [
      { elementId: 'Event_DocumentsLate', attributes: { delayDays: undefined } },
    ]);
    if (!removed.ok) throw new Error(removed.error);
    expect(timerDuration(await lateEvent(removed.xml))).toBeUndefined();
  });

  it('give the delay of a timer drawn in another tool, Fabrik’s own delay first', async () => {
    const fromElsewhere = await readProcessGraph(timerXml(''));
    if (!fromElsewhere.ok) throw new Error(fromElsewhere.error);
    expect(fromElsewhere.graph.elements[0]?.delayDays).toBe(14);
    const ownFirst = await readProcessGraph(timerXml('fabrik:delayDays="10"'));
    if (!ownFirst.ok) throw new Error(ownFirst.error);
    expect(ownFirst.graph.elements[0]?.delayDays).toBe(10);
  });
});
