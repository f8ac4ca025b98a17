import type { PrototypeException } from '../../exceptions/schema';
import type { Form } from '../../form/schema';
import type { ProcessGraph } from '../../process/graph';
import type { Tracking } from '../../tracking/schema';
import { resolvePart } from './edits';
import { faqDraft } from './faq';
import { roleGuides } from './guide';
import { guideParts } from './guideParts';
import type { EditedPart } from './schema';
import { adoptionWording, type DocumentLanguage } from './wording';

/**
 * How many parts of the guides and the FAQ the team reworded and the prototype has changed
 * since: the documentation is not up to date until the team chose for each.
 */
export function staleParts(input: {
  graph: ProcessGraph | null;
  tracking: Tracking;
  form: Form;
  exceptions: readonly PrototypeException[];
  roles: readonly string[];
  edits: readonly EditedPart[] | undefined;
  language: DocumentLanguage;
}): number {
  const { graph, tracking, edits } = input;
  if (!edits?.length) return 0;
  const words = adoptionWording[input.language];
  const guides = graph ? roleGuides(graph, tracking, input.roles) : [];
  const guideConflicts = guides.flatMap((guide) => {
    const parts = guideParts(guide, words, edits);
    return [parts.intro, ...parts.checks.map((check) => check.part)];
  });
  const draft = faqDraft(input.form, tracking, input.exceptions, words);
  const faqConflicts = [...draft.form, ...draft.statuses, ...draft.exceptions].map((entry) =>
    resolvePart(`faq:${entry.id}`, entry.answer, edits),
  );
  return [...guideConflicts, ...faqConflicts].filter((part) => part.conflict).length;
}
