import { useId, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { newId } from '../../domain/ids';
import { addParticipants } from '../../domain/team/commands';
import { readPastedPeople, type PastedLineProblem } from '../../domain/team/pastedList';
import { participantRoles, type ParticipantRole } from '../../domain/team/schema';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';

/**
 * Six people typed one box at a time took 24 actions: a list pasted from an e-mail or a
 * spreadsheet (« Nom ; Service ; Rôle », one per line) adds them all at once, after a look.
 */
export function PastePeopleForm() {
  const { t, i18n } = useTranslation('workshops');
  const id = useId();
  const [text, setText] = useState('');
  const [added, setAdded] = useState<number>();
  const team = useEditorStore((state) => state.prototype?.team) ?? [];
  // Roles are recognised by their name in either language, whatever the interface's.
  const roleNames = Object.fromEntries(
    participantRoles.map((role) => [
      role,
      ['fr', 'en'].map((lng) => i18n.t(`workshops:team.roles.${role}`, { lng })),
    ]),
  ) as Record<ParticipantRole, string[]>;
  const { people, problems } = readPastedPeople(text, team, roleNames);
  const problemText = (problem: PastedLineProblem) =>
    problem.kind === 'unknown-role'
      ? t('team.paste.unknownRole', { line: problem.line, role: problem.role })
      : problem.kind === 'already-in-team'
        ? t('team.paste.alreadyInTeam', { line: problem.line, name: problem.name })
        : t('team.paste.noName', { line: problem.line });

  return (
    <details className="team__paste">
      <summary>{t('team.paste.open')}</summary>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (people.length === 0) return;
          execute(addParticipants({ participants: people.map((p) => ({ ...p, id: newId() })) }));
          setAdded(people.length);
          setText('');
        }}
      >
        <label htmlFor={id} className="field__label">
          {t('team.paste.label')}
        </label>
        <p id={`${id}-help`} className="field__help">
          {t('team.paste.help')}
        </p>
        <textarea
          id={id}
          rows={6}
          value={text}
          aria-describedby={`${id}-help${problems.length > 0 ? ` ${id}-problems` : ''}`}
          onChange={(event) => {
            setText(event.target.value);
            setAdded(undefined);
          }}
        />
        {problems.length > 0 && (
          <ul id={`${id}-problems`} className="team__paste-problems">
            {problems.map((problem) => (
              <li key={problem.line}>{problemText(problem)}</li>
            ))}
          </ul>
        )}
        <button type="submit" className="button" disabled={people.length === 0}>
          {t('team.paste.add', { count: people.length })}
        </button>
        <p role="status" className="field__help">
          {added !== undefined && t('team.paste.added', { count: added })}
        </p>
      </form>
    </details>
  );
}
