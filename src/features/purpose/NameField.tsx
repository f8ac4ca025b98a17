import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { renamePrototype } from '../../domain/prototype/commands';
import { PROTOTYPE_NAME_MAX_LENGTH } from '../../domain/prototype/model';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { TextField } from '../../ui/TextField';

/**
 * The prototype's name. An emptied box is kept on screen with an error rather than
 * stored: a prototype always has a name.
 */
export function NameField() {
  const { t } = useTranslation('purpose');
  const storedName = useEditorStore((state) => state.prototype?.name ?? '');
  const [draft, setDraft] = useState<string>();
  return (
    <TextField
      label={t('name.label')}
      help={t('name.help')}
      value={draft ?? storedName}
      error={draft !== undefined ? t('common:errors.nameRequired') : undefined}
      required
      maxLength={PROTOTYPE_NAME_MAX_LENGTH}
      name="name"
      onChange={(next) => {
        if (next.trim() === '') {
          setDraft(next);
          return;
        }
        setDraft(undefined);
        execute(renamePrototype({ name: next }));
      }}
    />
  );
}
