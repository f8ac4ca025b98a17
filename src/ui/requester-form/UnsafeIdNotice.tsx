import { useTranslation } from '../i18n/useTranslation';
import { allFields } from '../../domain/form/fields';
import type { Field, Form } from '../../domain/form/schema';
import { isSafeId } from '../../domain/ids';

/**
 * The first field whose id cannot name a form box: react-hook-form takes a name with a dot
 * as a path and refuses "constructor" or "__proto__". Imports refuse such ids; a prototype
 * imported before they did may still hold one.
 */
export function unsafeField(form: Form): Field | undefined {
  return allFields(form).find(({ field }) => !isSafeId(field.id))?.field;
}

/** Said instead of the form, which could not be shown: the rest of the prototype still is. */
export function UnsafeIdNotice({ field }: { field: Field }) {
  const { t } = useTranslation('requesterForm');
  return (
    <div className="banner banner--error" role="alert">
      <p>{t('unsafeId', { label: field.label || field.key, id: field.id })}</p>
    </div>
  );
}
