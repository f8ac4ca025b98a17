import type { PrototypeContent } from '../../prototype/schema';
import type { ProcessGraph } from '../../process/graph';
import { roleGuides } from './guide';
import { criteriaWording, pilotEndCriteria, type CriterionCheck } from './pilotEndCriteria';
import type { Pilot } from './schema';
import { staleParts } from './staleParts';
import type { DocumentLanguage } from './wording';

/** The pilot's end criteria checked from a prototype's adoption data and its process. */
export function pilotCriteriaOf(
  content: Pick<PrototypeContent, 'tracking' | 'form' | 'exceptions' | 'process' | 'goingFurther'>,
  pilot: Pilot,
  graph: ProcessGraph | null,
  language: DocumentLanguage,
): CriterionCheck[] {
  const adoption = content.goingFurther?.adoption ?? {};
  const guides = graph ? roleGuides(graph, content.tracking, content.process.roles) : [];
  return pilotEndCriteria(
    {
      pilot,
      sessions: adoption.training?.sessions ?? [],
      roles: guides.filter((guide) => guide.steps.length > 0).map((guide) => guide.role),
      staleParts: staleParts({
        graph,
        tracking: content.tracking,
        form: content.form,
        exceptions: content.exceptions,
        roles: content.process.roles,
        edits: adoption.edits,
        language,
      }),
    },
    criteriaWording[language],
  );
}
