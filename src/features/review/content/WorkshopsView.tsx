import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Participant } from '../../../domain/team/schema';
import type { Workshop } from '../../../domain/workshops/schema';

/** Who designed the e-service, and the workshops held, with their decisions. */
export function WorkshopsView({
  workshops,
  team,
}: {
  workshops: readonly Workshop[];
  team: readonly Participant[];
}) {
  const { t, i18n } = useTranslation('review');
  const nameOf = (id: string) => team.find((person) => person.id === id)?.name ?? '?';
  const day = (date: string) =>
    date
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
          new Date(`${date}T12:00:00`),
        )
      : '';
  return (
    <>
      <h3>{t('workshops.team')}</h3>
      {team.length === 0 ? (
        <p>{t('workshops.noTeam')}</p>
      ) : (
        <ul>
          {team.map((person) => (
            <li key={person.id}>
              {t('workshops.person', {
                name: person.name || '?',
                role: t(`workshops.roles.${person.role}`),
                service: person.service || '—',
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('workshops.workshops')}</h3>
      {workshops.length === 0 ? (
        <p>{t('workshops.none')}</p>
      ) : (
        <ol className="review-workshops">
          {workshops.map((workshop) => (
            <li key={workshop.id}>
              <p>
                <strong>{workshop.title}</strong>
                {workshop.date && ` — ${day(workshop.date)}`}
                {` — ${t(workshop.endedAt ? 'workshops.held' : 'workshops.planned')}`}
              </p>
              {workshop.attendeeIds.length > 0 && (
                <p>
                  {t('workshops.attendees', { names: workshop.attendeeIds.map(nameOf).join(', ') })}
                </p>
              )}
              {workshop.decisions.length > 0 && (
                <ul aria-label={t('workshops.decisionsOf', { title: workshop.title })}>
                  {workshop.decisions.map((decision) => (
                    <li key={decision.id}>{decision.text}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
