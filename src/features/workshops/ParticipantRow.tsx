import { memo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { updateParticipant } from '../../domain/team/commands';
import { participantRoles, type Participant } from '../../domain/team/schema';
import { execute } from '../../state/commands';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

interface ParticipantRowProps {
  participant: Participant;
  number: number;
  onRemove: (participant: Participant) => void;
}

/** One team member, edited in place. */
export const ParticipantRow = memo(function ParticipantRow({
  participant,
  number,
  onRemove,
}: ParticipantRowProps) {
  const { t } = useTranslation('workshops');
  const change = (changes: Partial<Omit<Participant, 'id'>>) =>
    execute(updateParticipant({ id: participant.id, changes }));
  const name = participant.name || t('team.person', { number });
  return (
    <fieldset className="team__row">
      <legend>{name}</legend>
      <TextField
        label={t('team.name')}
        value={participant.name}
        onChange={(value) => change({ name: value })}
      />
      <TextField
        label={t('team.service')}
        value={participant.service}
        onChange={(service) => change({ service })}
      />
      <SelectField
        label={t('team.role')}
        value={participant.role}
        options={participantRoles.map((role) => ({ value: role, label: t(`team.roles.${role}`) }))}
        onChange={(role) => change({ role })}
      />
      <button
        type="button"
        className="button button--ghost button--small team__remove"
        onClick={() => onRemove(participant)}
      >
        {t('team.remove', { name })}
      </button>
    </fieldset>
  );
});
