import type { Operation } from '../operations/schema';
import type { DocumentWords } from '../words';
import type { CalendarProblem, Span } from './schedule';

/** An operation's name, or its number when it has none yet. */
export function operationName(
  operations: readonly Operation[],
  id: string,
  t: DocumentWords['t'],
): string {
  const index = operations.findIndex((operation) => operation.id === id);
  return operations[index]?.name.trim() || t('operation', { number: index + 1 });
}

/** What a calendar problem says (keys `problems.<kind>` of the calendar part's strings). */
export function calendarProblemText(
  problem: CalendarProblem,
  operations: readonly Operation[],
  { t, date }: DocumentWords,
): string {
  switch (problem.kind) {
    case 'loop':
      return t('problems.loop', {
        operations: problem.operationIds.map((id) => operationName(operations, id, t)).join(' → '),
      });
    case 'deadline-before-start':
      return t('problems.deadline-before-start');
    case 'late':
      return t('problems.late', { end: date(problem.end), deadline: date(problem.deadline) });
  }
}

/** A span's first and last days, or « day n » counted from the first working day. */
export function spanDays(span: Span | undefined, { t, date }: DocumentWords): [string, string] {
  if (!span) return [t('unplaced'), t('unplaced')];
  if (span.start && span.end) return [date(span.start), date(span.end)];
  return [
    t('dayNumber', { number: span.startOffset + 1 }),
    t('dayNumber', { number: span.endOffset + 1 }),
  ];
}
