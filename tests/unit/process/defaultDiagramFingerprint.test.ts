import { readFileSync } from 'node:fs';
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

  it('takes an untouched default diagram of earlier releases for the default too', () => {
    // The wide layout, as a prototype made then stored it.
    const wide = readFileSync(
      new URL('../../fixtures/default-diagram-wide-layout.bpmn', import.meta.url),
      'utf8',
    );
    expect(diagramFingerprint(wide)).toBe('16747:b821087a');
    expect(isProcessStarted({ bpmnXml: wide, roles: [] })).toBe(false);
    // The default before its timer carried its duration in the BPMN (in the wide layout).
    const earlier = wide
      .replace(' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"', '')
      .replace(
        /<bpmn:timerEventDefinition id="TimerEventDefinition_Documents">[\s\S]*?<\/bpmn:timerEventDefinition>/,
        '<bpmn:timerEventDefinition id="TimerEventDefinition_Documents" />',
      );
    expect(diagramFingerprint(earlier)).toBe('16574:7f3d1533');
    expect(isProcessStarted({ bpmnXml: earlier, roles: [] })).toBe(false);
  });
});
