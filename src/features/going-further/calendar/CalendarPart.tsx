import { useTranslation } from '../../../ui/i18n/useTranslation';
import { calendarProblemText } from '../../../domain/going-further/calendar/messages';
import { useDocumentWords } from '../useDocumentWords';
import './calendar.css';
import { CalendarChecks } from './CalendarChecks';
import { CalendarDocument } from './CalendarDocument';
import { CalendarSettings } from './CalendarSettings';
import { CalendarTable } from './CalendarTable';
import { GanttChart } from './GanttChart';
import './i18n';
import { Milestones } from './Milestones';
import { useCalendar } from './useCalendar';

/**
 * The deployment calendar: its frame, a Gantt chart and the table that edits it (a change of
 * duration or dependency moves what follows at once), the steering committee's reviews, and
 * the calendar as a document.
 */
export default function CalendarPart() {
  const { t } = useTranslation('goingFurther-calendar');
  const words = useDocumentWords('goingFurther-calendar');
  const state = useCalendar();
  const { operations, calendar, schedule } = state;
  const deadlineProblem = schedule.problems.find(
    (problem) => problem.kind === 'deadline-before-start',
  );
  return (
    <section className="calendar-part" aria-labelledby="going-further-part">
      <h2 id="going-further-part">{t('title')}</h2>
      <p className="field__help">{t('intro')}</p>
      <CalendarSettings
        calendar={calendar}
        deadlineError={deadlineProblem && calendarProblemText(deadlineProblem, operations, words)}
      />
      {operations.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <CalendarChecks schedule={schedule} operations={operations} words={words} />
          <GanttChart schedule={schedule} operations={operations} />
          <CalendarTable schedule={schedule} operations={operations} words={words} />
          <Milestones
            calendar={calendar}
            schedule={schedule}
            operations={operations}
            words={words}
          />
          <CalendarDocument state={state} words={words} />
        </>
      )}
    </section>
  );
}
