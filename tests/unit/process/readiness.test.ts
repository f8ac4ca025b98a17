import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { processReadiness, promisesResponseTime } from '../../../src/domain/process/readiness';
import { isProcessStarted } from '../../../src/domain/process/progress';

const prototype = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
const withXml = (bpmnXml: string) => ({
  ...prototype,
  process: { ...prototype.process, bpmnXml },
});

describe('processReadiness', () => {
  it('has nothing to say about the default process', async () => {
    expect(await processReadiness(prototype)).toEqual([]);
  });

  it('lists each finding for the process step, linked to its element', async () => {
    const xml = readFileSync(
      new URL('../../fixtures/task-without-role.bpmn', import.meta.url),
      'utf8',
    );
    const issues = await processReadiness(withXml(xml));
    expect(issues).toContainEqual({
      step: 'process',
      messageKey: 'process:checks.rules.fabrik.task-role',
      params: { name: 'Vérifier' },
      severity: 'error',
      target: { kind: 'process-element', id: 'Check' },
    });
  });

  it('says when the diagram cannot be read at all', async () => {
    expect(await processReadiness(withXml('<nope'))).toEqual([
      { step: 'process', messageKey: 'process:checks.unreadable', severity: 'error' },
    ]);
  });
});

describe('isProcessStarted', () => {
  it('is not started with the untouched default diagram, and started once it changes', () => {
    expect(isProcessStarted(prototype.process)).toBe(false);
    expect(
      isProcessStarted(withXml(prototype.process.bpmnXml.replace('Agents', 'Service')).process),
    ).toBe(true);
  });

  it('is started when a change keeps the diagram’s length', () => {
    const renamed = prototype.process.bpmnXml.replace('Agents', 'Agentz');
    expect(renamed.length).toBe(prototype.process.bpmnXml.length);
    expect(isProcessStarted(withXml(renamed).process)).toBe(true);
  });
});

describe('promisesResponseTime', () => {
  it('is true only for a commitment with a number of days', () => {
    const tracking = (commitment: unknown) =>
      ({ ...prototype, tracking: { ...prototype.tracking, commitment } }) as typeof prototype;
    expect(promisesResponseTime(tracking({ kind: 'commitment', days: 30 }))).toBe(true);
    expect(promisesResponseTime(tracking({ kind: 'indication', days: 30 }))).toBe(false);
    expect(promisesResponseTime(tracking({ kind: 'commitment', days: null }))).toBe(false);
  });
});
