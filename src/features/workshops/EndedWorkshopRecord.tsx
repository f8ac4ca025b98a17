import { useTranslation } from '../../ui/i18n/useTranslation';
import type { Workshop } from '../../domain/workshops/schema';
import { useEditorStore } from '../../state/editorStore';

/**
 * What an ended workshop leaves, as its version keeps it: who attended, the agenda, the
 * notes and the decisions, shown as text. They no longer change (the commands refuse),
 * so the prototype and the version taken at the end always agree.
 */
export function EndedWorkshopRecord({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const team = useEditorStore((state) => state.prototype?.team) ?? [];
  const attendees = team.filter((person) => workshop.attendeeIds.includes(person.id));
  return (
    <div className="workshop-record">
      <p className="workshop-record__read-only">{t('record.readOnly')}</p>
      <h4>{t('plan.attendees')}</h4>
      {attendees.length === 0 ? (
        <p>{t('record.noAttendee')}</p>
      ) : (
        <ul>
          {attendees.map((person) => (
            <li key={person.id}>
              {person.name || t('team.person', { number: team.indexOf(person) + 1 })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('plan.agenda')}</h4>
      {workshop.agenda.length === 0 ? (
        <p>{t('record.noAgenda')}</p>
      ) : (
        <ol>
          {workshop.agenda.map((item, index) => (
            <li key={item.id}>
              {t('record.agendaItem', {
                title: item.title || t('plan.agendaItem', { number: index + 1 }),
                minutes: item.minutes,
              })}
            </li>
          ))}
        </ol>
      )}
      <h4>{t('run.notes')}</h4>
      {workshop.notes.trim() === '' ? (
        <p>{t('record.noNotes')}</p>
      ) : (
        <p className="workshop-record__notes">{workshop.notes}</p>
      )}
      <h4>{t('run.decisions')}</h4>
      {workshop.decisions.length === 0 ? (
        <p>{t('record.noDecision')}</p>
      ) : (
        <ol>
          {workshop.decisions.map((decision) => (
            <li key={decision.id}>{decision.text}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
