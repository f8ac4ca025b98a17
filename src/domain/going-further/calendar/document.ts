import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import type { Operation } from '../operations/schema';
import type { DocumentWords } from '../words';
import { pilotCriteria } from './lists';
import { calendarProblemText, operationName, spanDays } from './messages';
import type { Schedule } from './schedule';
import type { Calendar } from './schema';

/**
 * The deployment calendar as a document: its frame (start, strategy, end), the operations
 * with their days, durations, dependencies and deliverables, the phases after them, the
 * steering committee's reviews, and what does not hold.
 */
export function calendarDocument(
  name: string,
  operations: readonly Operation[],
  calendar: Calendar,
  schedule: Schedule,
  words: DocumentWords,
): FabrikDocument {
  const { t, date } = words;
  const end = schedule.end?.end;
  const blocks: DocumentBlock[] = [
    {
      kind: 'list',
      items: [
        t('document.start', { day: calendar.start ? date(calendar.start) : t('document.noDay') }),
        t('document.end', { day: end ? date(end) : t('document.noDay') }),
        t('document.deadline', {
          day: calendar.deadline ? date(calendar.deadline) : t('document.noDay'),
        }),
        t(`strategies.${calendar.strategy}`),
        t('document.margin', { count: calendar.marginDays }),
      ],
    },
    {
      kind: 'table',
      caption: t('document.operations'),
      columns: [
        t('table.operation'),
        t('table.start'),
        t('table.end'),
        t('table.duration'),
        t('table.dependsOn'),
        t('table.deliverable'),
      ],
      rows: schedule.operations.map(({ operation, task, span }) => [
        operationName(operations, operation.id, t),
        ...spanDays(span, words),
        String(task.durationDays),
        task.dependsOn
          .filter((id) => operations.some((other) => other.id === id))
          .map((id) => operationName(operations, id, t))
          .join(', '),
        task.deliverable.trim(),
      ]),
    },
  ];
  if (schedule.phases.length > 0)
    blocks.push({
      kind: 'table',
      caption: t('document.phases'),
      columns: [t('table.phase'), t('table.start'), t('table.end'), t('table.duration')],
      rows: schedule.phases.map((phase) => [
        t(`phases.${phase.kind}`),
        ...spanDays(phase, words),
        String(phase.endOffset - phase.startOffset + 1),
      ]),
    });
  if (schedule.milestones.length > 0)
    blocks.push({
      kind: 'table',
      caption: t('document.milestones'),
      columns: [t('table.milestone'), t('table.day')],
      rows: schedule.milestones.map((milestone) => [
        milestone.name.trim() || t('milestones.unnamed'),
        milestone.offset === undefined
          ? t('unplaced')
          : spanDays(
              {
                startOffset: milestone.offset,
                endOffset: milestone.offset,
                start: milestone.day,
                end: milestone.day,
              },
              words,
            )[0],
      ]),
    });
  if (calendar.strategy === 'pilot')
    blocks.push(
      { kind: 'heading', level: 1, text: t('criteria.title') },
      {
        kind: 'list',
        items: pilotCriteria.map((criterion) =>
          t(calendar.pilotCriteria[criterion] ? 'criteria.met' : 'criteria.unmet', {
            criterion: t(`criteria.items.${criterion}`),
          }),
        ),
      },
    );
  if (schedule.problems.length > 0)
    blocks.push(
      { kind: 'heading', level: 1, text: t('document.problems') },
      {
        kind: 'list',
        items: schedule.problems.map((problem) => calendarProblemText(problem, operations, words)),
      },
    );
  return { title: t('document.title', { name }), blocks };
}
