import { useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { newId } from '../../domain/ids';
import { addParticipant } from '../../domain/team/commands';
import { participantRoles, type ParticipantRole } from '../../domain/team/schema';
import { hasReferent, sameParticipant } from '../../domain/team/rules';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

/** Adds a person to the team; the first one is proposed as the referent. */
export function AddParticipantForm() {
  const { t } = useTranslation('workshops');
  const needsReferent = useEditorStore((state) => !hasReferent(state.prototype?.team ?? []));
  const [name, setName] = useState('');
  const [service, setService] = useState('');
  const [role, setRole] = useState<ParticipantRole>();
  const [error, setError] = useState<string>();
  const nameRef = useRef<HTMLInputElement>(null);
  const shownRole = role ?? (needsReferent ? 'referent' : 'business-expert');
  // Warned about as it is typed, never refused: two people may share a name and a service.
  const already = useEditorStore((state) =>
    sameParticipant(state.prototype?.team ?? [], { name, service }),
  );

  return (
    <form
      className="team__add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') {
          setError(t('team.nameRequired'));
          return;
        }
        execute(
          addParticipant({
            participant: {
              id: newId(),
              name: name.trim(),
              service: service.trim(),
              role: shownRole,
            },
          }),
        );
        setName('');
        setService('');
        setRole(undefined);
        setError(undefined);
        // Back to the name, ready for the next person: the focus left on « Ajouter à
        // l’équipe » would add again with each space typed.
        nameRef.current?.focus();
      }}
    >
      <fieldset className="team__row">
        <legend>{t('team.addTitle')}</legend>
        <TextField
          label={t('team.name')}
          value={name}
          error={error}
          help={already ? t('team.alreadyInTeam', { name: already.name }) : undefined}
          inputRef={nameRef}
          onChange={(value) => {
            setName(value);
            if (value.trim()) setError(undefined);
          }}
          name="participant-name"
        />
        <TextField
          label={t('team.service')}
          value={service}
          onChange={setService}
          name="participant-service"
        />
        <SelectField
          label={t('team.role')}
          value={shownRole}
          options={participantRoles.map((value) => ({ value, label: t(`team.roles.${value}`) }))}
          onChange={setRole}
          name="participant-role"
        />
        <button type="submit" className="button team__remove">
          {t('team.add')}
        </button>
      </fieldset>
    </form>
  );
}
