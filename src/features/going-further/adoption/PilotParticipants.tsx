import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  addPilotParticipants,
  removePilotParticipant,
  updatePilotParticipant,
} from '../../../domain/going-further/adoption/commands';
import { participantRoom } from '../../../domain/going-further/adoption/pilotChanges';
import type { Pilot, PilotParticipant } from '../../../domain/going-further/adoption/schema';
import { PARTICIPANTS_MAX } from '../../../domain/going-further/adoption/vocabulary';
import { newId } from '../../../domain/ids';
import { execute } from '../../../state/commands';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

/** Rows shown at once: a pilot of 500 stays quick to read and to type in. */
const PAGE_SIZE = 25;
const NO_PROFILE = '';

function ParticipantRow({
  participant,
  profiles,
}: {
  participant: PilotParticipant;
  profiles: { value: string; label: string }[];
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const name = participant.name.trim() || t('pilot.participantName');
  return (
    <tr>
      <td>
        <TextField
          label={t('pilot.participantName')}
          value={participant.name}
          maxLength={200}
          onChange={(next) =>
            execute(updatePilotParticipant({ id: participant.id, changes: { name: next } }))
          }
        />
      </td>
      <td>
        <SelectField
          label={t('pilot.participantProfile')}
          value={participant.profileId ?? NO_PROFILE}
          options={profiles}
          onChange={(profileId) =>
            execute(
              updatePilotParticipant({
                id: participant.id,
                changes: { profileId: profileId === NO_PROFILE ? undefined : profileId },
              }),
            )
          }
        />
      </td>
      <td>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => execute(removePilotParticipant({ id: participant.id }))}
        >
          {t('pilot.removeParticipant', { name })}
        </button>
      </td>
    </tr>
  );
}

/**
 * The participants: added by pasting a list of names, shown a page at a time. Names beyond
 * the pilot's limit stay in the box with a message rather than being dropped.
 */
export function PilotParticipants({ pilot }: { pilot: Pilot }) {
  const { t } = useTranslation('goingFurther-adoption');
  const [pasted, setPasted] = useState('');
  const [profileId, setProfileId] = useState(NO_PROFILE);
  const [message, setMessage] = useState<string>();
  const [page, setPage] = useState(0);
  const profiles = [
    { value: NO_PROFILE, label: t('pilot.noProfile') },
    ...pilot.profiles.map((profile, index) => ({
      value: profile.id,
      label: profile.name.trim() || `${t('pilot.newProfile')} ${index + 1}`,
    })),
  ];
  const chosenProfile = profiles.some((option) => option.value === profileId)
    ? profileId
    : NO_PROFILE;
  const add = () => {
    const names = pasted
      .split('\n')
      .map((line) => line.trim().slice(0, 200))
      .filter(Boolean);
    const room = participantRoom(pilot);
    if (names.length === 0) return;
    if (room <= 0) {
      setMessage(t('pilot.full', { max: PARTICIPANTS_MAX }));
      return;
    }
    const kept = names.slice(0, room);
    execute(
      addPilotParticipants({
        participants: kept.map((name) => ({
          id: newId(),
          name,
          ...(chosenProfile === NO_PROFILE ? {} : { profileId: chosenProfile }),
        })),
      }),
    );
    const left = names.slice(room);
    setPasted(left.join('\n'));
    setMessage(
      left.length > 0
        ? t('pilot.tooMany', { max: PARTICIPANTS_MAX, kept: kept.length, left: left.length })
        : t('pilot.added', { count: kept.length }),
    );
  };
  const pages = Math.max(1, Math.ceil(pilot.participants.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = pilot.participants.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  return (
    <section aria-labelledby="adoption-participants">
      <h3 id="adoption-participants">{t('pilot.participants')}</h3>
      <p>
        {t('pilot.participantsCount', { count: pilot.participants.length, max: PARTICIPANTS_MAX })}
      </p>
      <TextField label={t('pilot.paste')} value={pasted} onChange={setPasted} multiline rows={4} />
      <SelectField
        label={t('pilot.pasteProfile')}
        value={chosenProfile}
        options={profiles}
        onChange={setProfileId}
      />
      <button type="button" className="button button--secondary" onClick={add}>
        {t('pilot.addParticipants')}
      </button>
      <p role="status">{message}</p>
      {shown.length > 0 && (
        <table className="adoption__participants">
          <caption>{t('pilot.page', { page: current + 1, pages })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pilot.participantName')}</th>
              <th scope="col">{t('pilot.participantProfile')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('pilot.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((participant) => (
              <ParticipantRow key={participant.id} participant={participant} profiles={profiles} />
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('pilot.previous')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('pilot.next')}
          </button>
        </div>
      )}
    </section>
  );
}
