import type { ExceptionContext } from '../exceptions/schema';
import type { Divergence } from './replay';

/**
 * Where an exception made of a failed scenario points: the step and the thing that broke it
 * (the field, the process element or the status), as an exception captured there would.
 */
export function exceptionContextOf(divergence: Divergence): ExceptionContext {
  switch (divergence.kind) {
    case 'field-removed':
    case 'field-type-changed':
    case 'answer-invalid':
    case 'answer-missing':
      return {
        step: 'form',
        target: { kind: 'field', id: divergence.fieldId, label: divergence.label },
      };
    case 'step-not-reached':
    case 'choice-removed':
    case 'event-removed':
      return {
        step: 'process',
        target: { kind: 'process-element', id: divergence.elementId, label: divergence.name },
      };
    case 'no-start':
      return { step: 'process' };
    case 'status-different': {
      const id = divergence.actualId ?? divergence.expectedId;
      const label = divergence.actual ?? divergence.expected ?? '';
      return id
        ? { step: 'tracking', target: { kind: 'status', id, label } }
        : { step: 'tracking' };
    }
    case 'placeholder-empty':
      return {
        step: 'tracking',
        target: { kind: 'status', id: divergence.statusId, label: divergence.status },
      };
    case 'deadline-exceeded':
      return { step: 'tracking' };
  }
}
