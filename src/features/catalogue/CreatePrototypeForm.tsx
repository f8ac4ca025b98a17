import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PROTOTYPE_NAME_MAX_LENGTH } from '../../domain/prototype/model';
import { createNewPrototype } from '../../state/catalogue';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { TextField } from '../../ui/TextField';
import { prototypeHref } from '../../ui/links';

/** Names a new prototype and opens it on its first step. */
export function CreatePrototypeForm() {
  const { t } = useTranslation('catalogue');
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('common:errors.nameRequired'));
      return;
    }
    try {
      const id = await createNewPrototype(name);
      navigate(prototypeHref(id));
    } catch (failure) {
      notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(failure)}` });
    }
  };

  return (
    <form className="create-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2>{t('create.title')}</h2>
      <TextField
        label={t('create.label')}
        help={t('create.help')}
        value={name}
        onChange={(value) => {
          setName(value);
          if (error && value.trim() !== '') setError(undefined);
        }}
        error={error}
        required
        maxLength={PROTOTYPE_NAME_MAX_LENGTH}
        name="prototype-name"
      />
      <button type="submit" className="button">
        {t('create.submit')}
      </button>
    </form>
  );
}
