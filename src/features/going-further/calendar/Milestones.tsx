import { useTranslation } from '../../../ui/i18n/useTranslation';
import { newId } from '../../../domain/ids';
import {
  addMilestone,
  removeMilestone,
  updateMilestone,
} from '../../../domain/going-further/calendar/commands';
import { operationName, spanDays } from '../../../domain/going-further/calendar/messages';
import type { Schedule } from '../../../domain/going-further/calendar/schedule';
import type { Calendar } from '../../../domain/going-further/calendar/schema';
import type { Operation } from '../../../domain/going-further/operations/schema';
import type { DocumentWords } from '../../../domain/going-further/words';
import { execute } from '../../../state/commands';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

/** The steering committee's reviews: what each decides, after which operation, on which day. */
export function Milestones({
  calendar,
  schedule,
  operations,
  words,
}: {
  calendar: Calendar;
  schedule: Schedule;
  operations: readonly Operation[];
  words: DocumentWords;
}) {
  const { t } = useTranslation('goingFurther-calendar');
  const dayOf = (id: string) => {
    const placed = schedule.milestones.find((milestone) => milestone.id === id);
    if (placed?.offset === undefined) return t('unplaced');
    return spanDays(
      { startOffset: placed.offset, endOffset: placed.offset, start: placed.day, end: placed.day },
      words,
    )[0];
  };
  const pilotReview = schedule.milestones.find((milestone) => milestone.id === 'pilot-review');
  return (
    <section className="calendar-milestones" aria-labelledby="calendar-milestones">
      <h3 id="calendar-milestones">{t('milestones.title')}</h3>
      <p className="field__help">{t('milestones.intro')}</p>
      {calendar.milestones.map((milestone, index) => {
        const name = milestone.name.trim() || t('milestones.unnamed');
        return (
          <fieldset key={milestone.id} className="calendar-milestones__row">
            <legend>
              {name} — {dayOf(milestone.id)}
            </legend>
            <TextField
              label={t('milestones.name', { number: index + 1 })}
              value={milestone.name}
              maxLength={2000}
              onChange={(value) =>
                execute(updateMilestone({ id: milestone.id, changes: { name: value } }))
              }
            />
            <SelectField
              label={t('milestones.after')}
              value={milestone.afterOperationId}
              options={operations.map((operation) => ({
                value: operation.id,
                label: operationName(operations, operation.id, t),
              }))}
              onChange={(afterOperationId) =>
                execute(updateMilestone({ id: milestone.id, changes: { afterOperationId } }))
              }
            />
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => execute(removeMilestone({ id: milestone.id }))}
            >
              {t('milestones.remove', { name })}
            </button>
          </fieldset>
        );
      })}
      {pilotReview && (
        <p>
          {pilotReview.name} — {dayOf(pilotReview.id)}
        </p>
      )}
      {operations.length > 0 && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            execute(
              addMilestone({
                milestone: {
                  id: newId(),
                  name: t('milestones.newName'),
                  afterOperationId: operations.at(-1)!.id,
                },
              }),
            )
          }
        >
          {t('milestones.add')}
        </button>
      )}
    </section>
  );
}
