import { describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { diagramFingerprint } from '../../../src/domain/process/defaultDiagramFingerprint';
import type * as fingerprints from '../../../src/domain/process/defaultDiagramFingerprint';
import { isProcessStarted } from '../../../src/domain/process/progress';

vi.mock('../../../src/domain/process/defaultDiagramFingerprint', async (importOriginal) => {
  const actual = await importOriginal<typeof fingerprints>();
  return { ...actual, diagramFingerprint: vi.fn(actual.diagramFingerprint) };
});

describe('isProcessStarted, asked on every change to the prototype', () => {
  it('hashes a process once, however often the rest of the prototype changes', () => {
    const { process } = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
    expect(isProcessStarted(process)).toBe(false);
    expect(isProcessStarted(process)).toBe(false);
    expect(diagramFingerprint).toHaveBeenCalledTimes(1);

    // A changed process (a new object, as every change makes) is hashed again.
    const renamed = { ...process, bpmnXml: process.bpmnXml.replace('Agents', 'Agentz') };
    expect(isProcessStarted(renamed)).toBe(true);
    expect(diagramFingerprint).toHaveBeenCalledTimes(2);
  });
});
