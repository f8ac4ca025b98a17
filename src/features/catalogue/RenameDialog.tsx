import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { PROTOTYPE_NAME_MAX_LENGTH } from '../../domain/prototype/model';
import { FormDialog } from '../../ui/FormDialog';
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

  const onSubmit = () => {
    if (name.trim() === '') setError(t('common:errors.nameRequired'));
    else onRename(name);
  };

  return (
    <FormDialog
      open
      title={t('rename.title')}
      submitLabel={t('list.rename')}
      onSubmit={onSubmit}
      onClose={onCancel}
    >
      <TextField
        label={t('rename.label')}
        value={name}
        onChange={setName}
        error={error}
        required
        maxLength={PROTOTYPE_NAME_MAX_LENGTH}
        autoFocus
      />
    </FormDialog>
  );
}
