import { useTranslation } from '../../ui/i18n/useTranslation';
import { setAttendance, setWholeTeamAttending } from '../../domain/workshops/commands';
import type { Workshop } from '../../domain/workshops/schema';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';

/** Who attends a workshop: one checkbox per team member. */
export function AttendeesField({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const team = useEditorStore((state) => state.prototype?.team) ?? [];
  return (
    <fieldset className="workshop-card__attendees">
      <legend>{t('plan.attendees')}</legend>
      {team.length === 0 && <p>{t('plan.noTeam')}</p>}
      {team.map((person) => (
        <label key={person.id} className="checkbox">
          <input
            type="checkbox"
            checked={workshop.attendeeIds.includes(person.id)}
            onChange={(event) =>
              execute(
                setAttendance({
                  workshopId: workshop.id,
                  participantId: person.id,
                  attends: event.target.checked,
                }),
              )
            }
          />
          {person.name || t('team.person', { number: team.indexOf(person) + 1 })}
        </label>
      ))}
      {team.length > 1 && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={team.every((person) => workshop.attendeeIds.includes(person.id))}
          onClick={() => execute(setWholeTeamAttending({ workshopId: workshop.id }))}
        >
          {t('plan.wholeTeam')}
        </button>
      )}
    </fieldset>
  );
}
