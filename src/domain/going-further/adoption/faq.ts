import type { PrototypeException } from '../../exceptions/schema';
import { allFields } from '../../form/fields';
import type { Form } from '../../form/schema';
import type { Tracking } from '../../tracking/schema';
import type { AdoptionWording } from './wording';

/** One question of the FAQ draft and what it was drawn from. */
export interface FaqEntry {
  /** `field:<id>`, `status:<id>` or `exception:<id>`: stable across regenerations. */
  id: string;
  question: string;
  answer: string;
}

export interface FaqDraft {
  form: FaqEntry[];
  statuses: FaqEntry[];
  exceptions: FaqEntry[];
}

/**
 * The FAQ drafted for requesters from what the prototype already tells them: the help
 * under each field (and the explanatory texts), what each status they can see means, and
 * the exceptions set aside (every one the team did not decide to handle online).
 */
export function faqDraft(
  form: Form,
  tracking: Tracking,
  exceptions: readonly PrototypeException[],
  words: AdoptionWording,
): FaqDraft {
  const formEntries = allFields(form).flatMap(({ field }): FaqEntry[] => {
    const answer = (field.type === 'explanation' ? field.text : field.help)?.trim();
    const label = field.label.trim();
    if (!answer || !label) return [];
    const question = field.type === 'explanation' ? label : words.faqFieldQuestion(label);
    return [{ id: `field:${field.id}`, question, answer }];
  });
  const statusEntries = tracking.statuses.flatMap((status): FaqEntry[] => {
    const explanation = status.explanation.trim();
    if (!status.visibleToRequester || !explanation || !status.label.trim()) return [];
    const answer = [
      explanation,
      status.timeLimitDays === null ? '' : words.faqStatusDelay(status.timeLimitDays),
      status.waitsForRequester ? words.faqStatusAct : '',
    ]
      .filter(Boolean)
      .join(' ');
    return [
      { id: `status:${status.id}`, question: words.faqStatusQuestion(status.label.trim()), answer },
    ];
  });
  const exceptionEntries = exceptions.flatMap((exception): FaqEntry[] => {
    if (exception.decision === 'handled') return [];
    // The description is the team's own note on why the case is awkward, not an answer.
    return [
      {
        id: `exception:${exception.id}`,
        question: words.faqExceptionQuestion(exception.title.trim()),
        answer: words.faqExceptionAnswers[exception.decision ?? 'undecided'],
      },
    ];
  });
  return { form: formEntries, statuses: statusEntries, exceptions: exceptionEntries };
}
