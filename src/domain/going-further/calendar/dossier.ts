import type { PrototypeContent } from '../../prototype/schema';
import type { DocumentWords } from '../words';
import { calendarDocument } from './document';
import { emptyCalendar } from './empty';
import { scheduleDeployment } from './schedule';

/** The calendar of a content, placed in working days, as the dossier shows it. */
export async function calendarDossier(content: PrototypeContent, words: DocumentWords) {
  const operations = content.goingFurther?.operations?.operations ?? [];
  const calendar = content.goingFurther?.calendar ?? emptyCalendar();
  const schedule = scheduleDeployment(operations, calendar, words.t('milestones.pilotReview'));
  return Promise.resolve([calendarDocument(content.name, operations, calendar, schedule, words)]);
}
