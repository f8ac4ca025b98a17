import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import { participantReferences, removeParticipant } from '../../domain/team/commands';
import type { Participant } from '../../domain/team/schema';
import {
  duplicateParticipants,
  hasReferent,
  isTeamTooLarge,
  MAX_TEAM_SIZE,
} from '../../domain/team/rules';
import { execute, undoOfLastChange } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { notify } from '../../state/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AddParticipantForm } from './AddParticipantForm';
import { PastePeopleForm } from './PastePeopleForm';
import { ParticipantRow } from './ParticipantRow';

/** The team: who they are, their service and role, with the rules of a good workshop team. */
export function TeamSection() {
  const { t } = useTranslation('workshops');
  const team = useEditorStore((state) => state.prototype?.team) ?? [];
  const [removing, setRemoving] = useState<Participant>();
  const duplicates = duplicateParticipants(team);
  const references = useEditorStore(
    useShallow((state) =>
      removing && state.prototype
        ? participantReferences(state.prototype, removing.id)
        : { workshops: 0, exceptions: 0 },
    ),
  );

  const remove = (participant: Participant) => {
    setRemoving(undefined);
    if (!execute(removeParticipant({ id: participant.id }))) return;
    notify({
      tone: 'info',
      messageKey: 'workshops:team.removed',
      params: { name: participant.name },
      timeoutMs: 8000,
      action: { labelKey: 'workshops:team.undo', run: undoOfLastChange() },
    });
  };

  const askRemove = (participant: Participant) => {
    const prototype = useEditorStore.getState().prototype;
    const used = prototype && participantReferences(prototype, participant.id);
    if (used && used.workshops + used.exceptions > 0) setRemoving(participant);
    else remove(participant);
  };

  return (
    <section className="workshops__section" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <p>{t('team.intro')}</p>
      {isTeamTooLarge(team) && (
        <p className="banner banner--warning">
          {t('team.tooLarge', { count: team.length, max: MAX_TEAM_SIZE })}
        </p>
      )}
      {!hasReferent(team) && <p className="banner banner--warning">{t('team.noReferent')}</p>}
      {duplicates.length > 0 && (
        <p className="banner banner--warning">
          {t('team.duplicates', {
            names: duplicates
              .map((participant) =>
                participant.service
                  ? `${participant.name} (${participant.service})`
                  : participant.name,
              )
              .join(', '),
          })}
        </p>
      )}
      {team.length === 0 ? (
        <p>{t('team.empty')}</p>
      ) : (
        <ul className="team__list">
          {team.map((participant, index) => (
            <li key={participant.id}>
              <ParticipantRow participant={participant} number={index + 1} onRemove={askRemove} />
            </li>
          ))}
        </ul>
      )}
      <AddParticipantForm />
      <PastePeopleForm />
      <ConfirmDialog
        open={removing !== undefined}
        title={t('team.removeTitle', { name: removing?.name ?? '' })}
        message={t('team.removeBody', { name: removing?.name ?? '', ...references })}
        confirmLabel={t('team.removeConfirm')}
        danger
        onConfirm={() => removing && remove(removing)}
        onCancel={() => setRemoving(undefined)}
      />
    </section>
  );
}
