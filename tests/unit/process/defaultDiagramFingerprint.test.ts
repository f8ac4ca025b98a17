import { describe, expect, it } from 'vitest';
import { defaultDiagramXml } from '../../../src/domain/process/defaultDiagram';
import {
  DEFAULT_DIAGRAM_FINGERPRINT,
  diagramFingerprint,
} from '../../../src/domain/process/defaultDiagramFingerprint';
import { isProcessStarted } from '../../../src/domain/process/progress';

describe('the default diagram fingerprint', () => {
  it('is the fingerprint of the default diagram', () => {
    expect(diagramFingerprint(defaultDiagramXml)).toBe(DEFAULT_DIAGRAM_FINGERPRINT);
  });

  it('tells the default diagram from one a team changed by a single character', () => {
    expect(isProcessStarted({ bpmnXml: defaultDiagramXml, roles: [] })).toBe(false);
    const renamed = defaultDiagramXml.replace('name="', 'name="X');
    expect(isProcessStarted({ bpmnXml: renamed, roles: [] })).toBe(true);
    expect(isProcessStarted({ bpmnXml: '', roles: [] })).toBe(false);
  });
});
