import { useTranslation } from '../../../ui/i18n/useTranslation';
import { calendarProblemText } from '../../../domain/going-further/calendar/messages';
import type { Schedule } from '../../../domain/going-further/calendar/schedule';
import type { Operation } from '../../../domain/going-further/operations/schema';
import type { DocumentWords } from '../../../domain/going-further/words';

/** Whether the calendar holds, and when the service opens to all. */
export function CalendarChecks({
  schedule,
  operations,
  words,
}: {
  schedule: Schedule;
  operations: readonly Operation[];
  words: DocumentWords;
}) {
  const { t } = useTranslation('goingFurther-calendar');
  const end = schedule.end?.end;
  return (
    <section className="calendar-checks" aria-labelledby="calendar-checks" aria-live="polite">
      <h3 id="calendar-checks">{t('checks.title')}</h3>
      {end && <p>{t('checks.end', { day: words.date(end) })}</p>}
      {schedule.problems.length === 0 ? (
        <p>{t('checks.none')}</p>
      ) : (
        <ul className="calendar-checks__problems">
          {schedule.problems.map((problem) => (
            <li key={problem.kind}>{calendarProblemText(problem, operations, words)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
