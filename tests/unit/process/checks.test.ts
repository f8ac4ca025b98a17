import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProcess } from '../../../src/domain/process/checks';
import { checkFabrikRules } from '../../../src/domain/process/fabrikRules';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { screenBpmnText, MAX_BPMN_BYTES } from '../../../src/domain/process/safeXml';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

async function checksOf(xml: string, options = {}) {
  const result = await checkProcess(xml, options);
  if (!result.ok) throw new Error(result.error);
  return result.checks;
}

describe('checkProcess', () => {
  it('given a task without a role, reports it by name as an error', async () => {
    const checks = await checksOf(fixture('task-without-role.bpmn'));
    expect(checks).toContainEqual({
      rule: 'fabrik/task-role',
      elementId: 'Check',
      elementName: 'Vérifier',
      severity: 'error',
    });
    expect(
      checks.some((check) => check.rule === 'fabrik/task-role' && check.elementId === 'Archive'),
    ).toBe(false);
  });

  it('given a gateway with an unnamed outgoing flow, reports that flow', async () => {
    const checks = await checksOf(fixture('task-without-role.bpmn'));
    expect(checks).toContainEqual(
      expect.objectContaining({ rule: 'fabrik/gateway-flow-names', elementId: 'Flow_4' }),
    );
    expect(
      checks.some(
        (check) => check.elementId === 'Flow_3' && check.rule === 'fabrik/gateway-flow-names',
      ),
    ).toBe(false);
  });

  it('given a path that stops without an end event, reports where', async () => {
    const checks = await checksOf(fixture('task-without-role.bpmn'));
    expect(checks).toContainEqual(
      expect.objectContaining({ rule: 'fabrik/reaches-end', elementId: 'Archive' }),
    );
    // bpmnlint's own rule about the same dead end runs too.
    expect(checks).toContainEqual(
      expect.objectContaining({ rule: 'no-implicit-end', elementId: 'Archive' }),
    );
  });

  it('flags a task without a time limit as a warning, or an error when a response time is promised', async () => {
    const xml = fixture('task-without-role.bpmn');
    const loose = await checksOf(xml);
    const strict = await checksOf(xml, { promisesResponseTime: true });
    const limit = (checks: typeof loose) =>
      checks.find(
        (check) => check.rule === 'fabrik/task-time-limit' && check.elementId === 'Archive',
      );
    expect(limit(loose)?.severity).toBe('warning');
    expect(limit(strict)?.severity).toBe('error');
  });

  it('runs bpmnlint’s recommended rules: an unnamed task is reported', async () => {
    const xml = fixture('task-without-role.bpmn').replace('name="Vérifier" ', '');
    const checks = await checksOf(xml);
    expect(checks).toContainEqual(
      expect.objectContaining({ rule: 'label-required', elementId: 'Check', severity: 'error' }),
    );
  });

  it('gives the same answer every time it runs on the same diagram', async () => {
    const xml = fixture('task-without-role.bpmn');
    const first = await checksOf(xml);
    await checksOf(xml);
    expect(await checksOf(xml)).toEqual(first);
  });

  it('lists errors before warnings', async () => {
    const checks = await checksOf(fixture('task-without-role.bpmn'));
    const firstWarning = checks.findIndex((check) => check.severity === 'warning');
    expect(checks.slice(firstWarning).every((check) => check.severity === 'warning')).toBe(true);
  });

  it('refuses invalid XML, non-BPMN XML and a DTD without throwing', async () => {
    expect((await checkProcess('<bpmn:definitions')).ok).toBe(false);
    expect((await checkProcess('<html><body>bonjour</body></html>')).ok).toBe(false);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&lol2;</bpmn:definitions>`;
    expect(await checkProcess(bomb)).toEqual({ ok: false, error: 'doctype' });
  });
});

describe('screenBpmnText', () => {
  it('refuses empty text, DOCTYPE and ENTITY declarations, and oversize files', () => {
    expect(screenBpmnText('  ')).toBe('empty');
    expect(screenBpmnText('<!doctype x><a/>')).toBe('doctype');
    expect(screenBpmnText('<a><!ENTITY x "y"></a>')).toBe('doctype');
    expect(screenBpmnText(`<a>${'x'.repeat(MAX_BPMN_BYTES)}</a>`)).toBe('too-large');
    expect(screenBpmnText(fixture('small-process.bpmn'))).toBeUndefined();
  });
});

describe('the gateway flow names rule', () => {
  const graphAfter = (type: string, eventName: string): ProcessGraph => ({
    elements: [
      { id: 'Wait', type, kind: 'gateway', name: 'En attente des pièces' },
      { id: 'Received', type: 'bpmn:IntermediateCatchEvent', kind: 'event', name: 'Pièces reçues' },
      { id: 'Late', type: 'bpmn:IntermediateCatchEvent', kind: 'event', name: eventName },
    ],
    flows: [
      { id: 'ToReceived', sourceId: 'Wait', targetId: 'Received', name: '' },
      { id: 'ToLate', sourceId: 'Wait', targetId: 'Late', name: '' },
    ],
  });
  const flowNames = (graph: ProcessGraph) =>
    checkFabrikRules(graph)
      .filter((finding) => finding.rule === 'fabrik/gateway-flow-names')
      .map((finding) => finding.elementId);

  it('lets the named events after an event-based gateway name its ways on', () => {
    expect(flowNames(graphAfter('bpmn:EventBasedGateway', 'Pas de réponse'))).toEqual([]);
    expect(flowNames(graphAfter('bpmn:EventBasedGateway', ''))).toEqual(['ToLate']);
  });

  it('still asks other gateways to name their flows', () => {
    expect(flowNames(graphAfter('bpmn:ExclusiveGateway', 'Pas de réponse'))).toEqual([
      'ToReceived',
      'ToLate',
    ]);
  });
});
