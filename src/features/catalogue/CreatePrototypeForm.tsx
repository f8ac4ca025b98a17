import { useLocation } from 'wouter';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { PROTOTYPE_NAME_MAX_LENGTH } from '../../domain/prototype/model';
import { createNewPrototype } from '../../state/catalogue';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { NameForm } from '../../ui/NameForm';
import { prototypeHref } from '../../ui/links';

/** Names a new prototype and opens it on its first step. */
export function CreatePrototypeForm() {
  const { t } = useTranslation('catalogue');
  const [, navigate] = useLocation();
  const create = async (name: string) => {
    try {
      navigate(prototypeHref(await createNewPrototype(name)));
    } catch (failure) {
      notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(failure)}` });
      return false;
    }
  };
  return (
    <NameForm
      className="create-form"
      title={t('create.title')}
      label={t('create.label')}
      help={t('create.help')}
      submitLabel={t('create.submit')}
      problemOf={(name) => (name.trim() === '' ? t('common:errors.nameRequired') : undefined)}
      onSubmit={create}
      maxLength={PROTOTYPE_NAME_MAX_LENGTH}
      name="prototype-name"
    />
  );
}
