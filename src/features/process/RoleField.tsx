import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import { addProcessRole } from '../../domain/process/commands';
import { ROLE_NAME_MAX_LENGTH } from '../../domain/process/schema';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { useConfirmedChoice } from '../../ui/useConfirmedChoice';

const NEW_ROLE = '\u0000new';

interface RoleFieldProps {
  value: string | undefined;
  draftOpen: boolean;
  onDraftOpenChange: (open: boolean) => void;
  onChange: (role: string | undefined) => void;
}

/** Who does the step: one of the prototype's roles, or a new one added on the spot. */
export function RoleField({ value, draftOpen, onDraftOpenChange, onChange }: RoleFieldProps) {
  const { t } = useTranslation('process');
  const id = useId();
  const roles = useEditorStore(useShallow((state) => state.prototype?.process.roles ?? []));
  const [draft, setDraft] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  // A role typed in another tool is still offered, so that choosing nothing loses nothing.
  const options = value && !roles.includes(value) ? [...roles, value] : roles;

  const closeDraft = () => {
    onDraftOpenChange(false);
    select.current?.focus();
  };

  const addRole = () => {
    const name = draft.trim();
    if (name === '') return;
    execute(addProcessRole({ name }));
    onChange(name);
    setDraft('');
    onDraftOpenChange(false);
    // The box that had the focus goes away: the focus goes back to the role now chosen.
    select.current?.focus();
  };

  // Browsing the roles with the arrow keys neither sets each one nor opens the new-role box.
  const choice = useConfirmedChoice(
    (chosen, how) => {
      // Leaving the select on « Nouveau rôle… » is not asking for the box.
      if (chosen === NEW_ROLE) onDraftOpenChange(how === 'chosen');
      else {
        onDraftOpenChange(false);
        onChange(chosen || undefined);
      }
    },
    { onLeave: 'confirm' },
  );

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('panel.role')}
      </label>
      <select
        ref={select}
        id={id}
        value={choice.pending ?? (draftOpen ? NEW_ROLE : (value ?? ''))}
        {...choice.selectProps}
      >
        <option value="">{t('panel.roleNone')}</option>
        {options.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
        <option value={NEW_ROLE}>{t('panel.roleNew')}</option>
      </select>
      {draftOpen && (
        <div className="process-panel__new-role">
          <label htmlFor={`${id}-new`} className="field__label">
            {t('panel.newRole')}
          </label>
          <input
            id={`${id}-new`}
            type="text"
            value={draft}
            maxLength={ROLE_NAME_MAX_LENGTH}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') addRole();
              if (event.key === 'Escape') closeDraft();
            }}
          />
          <div className="button-row">
            <button type="button" className="button button--small" onClick={addRole}>
              {t('panel.addRole')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={closeDraft}
            >
              {t('panel.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
