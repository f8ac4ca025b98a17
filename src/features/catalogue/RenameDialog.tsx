import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROTOTYPE_NAME_MAX_LENGTH } from '../../domain/prototype/model';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

interface RenameDialogProps {
  currentName: string;
  onRename: (name: string) => void;
  onCancel: () => void;
}

export function RenameDialog({ currentName, onRename, onCancel }: RenameDialogProps) {
  const { t } = useTranslation('catalogue');
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<string>();
  const formId = 'rename-form';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') setError(t('common:errors.nameRequired'));
    else onRename(name);
  };

  return (
    <Dialog
      open
      title={t('rename.title')}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" form={formId} className="button">
            {t('list.rename')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate>
        <TextField
          label={t('rename.label')}
          value={name}
          onChange={setName}
          error={error}
          required
          maxLength={PROTOTYPE_NAME_MAX_LENGTH}
          autoFocus
        />
      </form>
    </Dialog>
  );
}
