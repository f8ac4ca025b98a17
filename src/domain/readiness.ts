import type { StepId } from './steps';

/**
 * One item of the readiness checklist shown before submitting for review and during
 * review. Each step's domain folder provides a function that lists its own items, so the
 * rules stay beside the model they check.
 */
export interface ReadinessIssue {
  /** The step where it can be fixed. */
  step: StepId;
  /** i18n key of the message, with its namespace ("form:readiness.unjustified"). */
  messageKey: string;
  params?: Record<string, string | number>;
  /** 'error' blocks the submission; 'warning' is shown but does not. */
  severity: 'error' | 'warning';
  /** What the issue is about, to link to it. */
  target?: {
    kind: 'field' | 'page' | 'process-element' | 'status' | 'message' | 'exception';
    id: string;
  };
}
