import type { Translation } from '../../i18n/types';
import type { fr } from './fr';

export const en: Translation<typeof fr> = {
  passes: 'Passes',
  fails: 'Fails',
  summary: '{{passing}} of {{count}} pass',
  atForm: 'In the form, before sending: ',
  atAction_one: 'After {{count}} action in the processing: ',
  atAction_other: 'After {{count}} actions in the processing: ',
  atStart: 'As soon as the request arrives: ',
  table: {
    scenario: 'Scenario',
    result: 'Result',
    why: 'Where and why it fails',
  },
  reason: {
    'field-removed':
      'the field “{{label}}”, which the requester answered, was removed from the form.',
    'field-type-changed': 'the field “{{label}}” changed type: the answer given no longer fits it.',
    'answer-invalid': 'the answer to the field “{{label}}” is no longer accepted: {{problem}}',
    'answer-missing': 'the field “{{label}}” is now asked for and the scenario did not answer it.',
    'no-start': 'the processing no longer has a start event.',
    'step-not-reached': 'the step “{{name}}” is no longer reached at this point of the processing.',
    'choice-removed': 'at “{{name}}”, the choice made in the scenario no longer exists.',
    'event-removed': 'the event that happened during “{{name}}” no longer exists.',
    statusInstead: 'the requester sees the status “{{actual}}” instead of “{{expected}}”.',
    statusMissing: 'the requester no longer sees the status “{{expected}}”.',
    statusExtra: 'the requester also sees the status “{{actual}}”.',
    'placeholder-empty':
      'a message of the status “{{status}}” would have an empty field: “{{name}}”.',
    'deadline-exceeded':
      'the request now takes {{days}} working days: the promised time of {{promised}} days is exceeded.',
  },
};
