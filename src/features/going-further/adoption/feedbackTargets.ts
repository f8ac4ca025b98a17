import { allFields } from '../../../domain/form/fields';
import type { Form } from '../../../domain/form/schema';
import type { FeedbackTarget } from '../../../domain/going-further/adoption/schema';
import type { StepId } from '../../../domain/steps';
import type { RevealTarget } from '../../../state/selection';
import type { ProcessGraph } from '../../../domain/process/graph';
import type { Tracking } from '../../../domain/tracking/schema';

/** What a pilot's feedback can be linked to, grouped by kind, each with its label now. */
export function feedbackTargets(
  form: Form,
  graph: ProcessGraph | null,
  tracking: Tracking,
): Record<FeedbackTarget['kind'], FeedbackTarget[]> {
  return {
    field: allFields(form)
      .filter(({ field }) => field.label.trim() !== '')
      .map(({ field }) => ({ kind: 'field', id: field.id, label: field.label.trim() })),
    step: (graph?.elements ?? [])
      .filter((element) => element.kind !== 'gateway' && element.name.trim() !== '')
      .map((element) => ({ kind: 'step', id: element.id, label: element.name.trim() })),
    status: tracking.statuses.map((status) => ({
      kind: 'status',
      id: status.id,
      label: status.label.trim() || status.id,
    })),
    message: tracking.messages.map((message) => ({
      kind: 'message',
      id: message.id,
      label: message.subject.trim() || message.id,
    })),
  };
}

/** A target as one value of a drop-down list. */
export const targetValue = (target: FeedbackTarget) => `${target.kind}:${target.id}`;

/** Where a feedback's target is edited: the step, and what that step is asked to show. */
export function targetPlace(target: FeedbackTarget): { step: StepId; reveal: RevealTarget } {
  switch (target.kind) {
    case 'field':
      return { step: 'form', reveal: { kind: 'field', id: target.id } };
    case 'step':
      return { step: 'process', reveal: { kind: 'process-element', id: target.id } };
    case 'status':
      return { step: 'tracking', reveal: { kind: 'status', id: target.id } };
    case 'message':
      return { step: 'tracking', reveal: { kind: 'message', id: target.id } };
  }
}
