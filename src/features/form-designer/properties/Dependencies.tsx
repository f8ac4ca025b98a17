import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { conditionDependencies } from '../../../domain/form/conditions';
import { conditionDependents } from '../../../domain/form/conditionChecks';
import { locateField } from '../../../domain/form/fields';
import type { Field, Form } from '../../../domain/form/schema';
import { displayLabel, selectField, selectPage } from '../actions';

/** Which fields this field's conditions read, and whose conditions read this field. */
export function Dependencies({ form, field }: { form: Form; field: Field }) {
  const { t } = useTranslation('form');
  const dependsOn = conditionDependencies(field);
  // A search of the whole form: once per form, not once per keystroke in the field's boxes.
  const usedBy = useMemo(() => conditionDependents(form, field.id), [form, field.id]);
  if (dependsOn.length === 0 && usedBy.length === 0)
    return <p className="fd-hint">{t('conditions.noDependencies')}</p>;
  const fieldLink = (id: string) => {
    const target = locateField(form, id)?.field;
    return (
      <li key={id}>
        {target ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => selectField(id)}
          >
            {displayLabel(target)}
          </button>
        ) : (
          t('conditions.deletedField')
        )}
      </li>
    );
  };
  return (
    <>
      {dependsOn.length > 0 && (
        <>
          <p className="fd-deps__title">{t('conditions.dependsOn')}</p>
          <ul className="fd-deps">{dependsOn.map(fieldLink)}</ul>
        </>
      )}
      {usedBy.length > 0 && (
        <>
          <p className="fd-deps__title">{t('conditions.usedBy')}</p>
          <ul className="fd-deps">
            {usedBy.map((owner) => {
              if (owner.kind === 'field') return fieldLink(owner.id);
              const index = form.pages.findIndex((page) => page.id === owner.id);
              const title = form.pages[index]?.title || t('canvas.page', { number: index + 1 });
              return (
                <li key={owner.id}>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => selectPage(owner.id)}
                  >
                    {t('conditions.pageItem', { title })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
