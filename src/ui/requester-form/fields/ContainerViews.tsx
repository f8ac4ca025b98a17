import { useEffect, useId, useRef } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from '../../i18n/useTranslation';
import type { FieldTypeOf } from '../../../domain/form/conditions';
import { evaluateItem } from '../../../domain/form/evaluate';
import { groupCountPath } from '../../../domain/form/formProblems';
import type { Field } from '../../../domain/form/schema';
import { useRenderer } from '../context';
import { FieldView } from '../FieldView';
import { keepFocus } from '../keepFocus';
import { useFieldError } from '../useFieldError';
import type { FieldRendererProps } from './types';

/** A section and a repeatable group: the fields they hold, drawn by FieldView. */
export function SectionView({ field, state }: FieldRendererProps) {
  const headingId = useId();
  const children = (field.fields ?? []).filter((child) => state?.visible.has(child.id));
  return (
    <section className="rf-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="rf-section__title">
        {field.label}
      </h3>
      {field.help && <p className="rf-help">{field.help}</p>}
      {children.map((child) => (
        <FieldView
          key={child.id}
          field={child}
          path={child.id}
          required={state?.required.has(child.id) ?? false}
        />
      ))}
    </section>
  );
}

export function GroupView({ field, path, state }: FieldRendererProps) {
  const { t } = useTranslation('requesterForm');
  const { idFor } = useRenderer();
  const { fields: items, append, remove } = useFieldArray({ name: path });
  const error = useFieldError(groupCountPath(path));
  const { minItems, maxItems } = field.validation ?? {};
  const itemLabel = field.itemLabel?.trim() || t('defaultItem');
  const legendId = useId();
  const addButton = useRef<HTMLButtonElement>(null);

  // A group added while the preview is open starts with the blocks it needs, as at mount.
  useEffect(() => {
    if (items.length === 0 && (minItems ?? 0) > 0)
      append(Array.from({ length: minItems! }, () => ({})));
  }, [items.length, minItems, append]);

  return (
    <fieldset
      className={error ? 'rf-group rf-question--error' : 'rf-group'}
      aria-labelledby={legendId}
    >
      <legend id={legendId} className="rf-label">
        {field.label}
      </legend>
      {field.help && <p className="rf-help">{field.help}</p>}
      {error && (
        <p id={idFor(groupCountPath(path))} className="rf-error" tabIndex={-1}>
          {error}
        </p>
      )}
      {items.length === 0 && <p className="rf-help">{t('noItems')}</p>}
      {items.map((item, index) => (
        <GroupItem
          key={item.id}
          group={field}
          path={`${path}.${index}`}
          title={t('item', { label: itemLabel, number: index + 1 })}
          outer={state?.answers ?? {}}
          typeOf={state?.typeOf}
          onRemove={
            items.length > (minItems ?? 0)
              ? {
                  label: t('removeItem', { label: itemLabel, number: index + 1 }),
                  run: () => {
                    remove(index);
                    // The pressed button is gone with its block: focus stays in the group.
                    addButton.current?.focus();
                  },
                }
              : undefined
          }
        />
      ))}
      <button
        ref={addButton}
        type="button"
        className="button button--secondary button--small"
        onMouseDown={keepFocus}
        onClick={() => append({})}
        disabled={maxItems !== undefined && items.length >= maxItems}
      >
        {t('addItem', { label: itemLabel })}
      </button>
    </fieldset>
  );
}

interface GroupItemProps {
  group: Field;
  path: string;
  title: string;
  outer: Record<string, unknown>;
  typeOf?: FieldTypeOf;
  onRemove?: { label: string; run: () => void };
}

/** One block of a repeatable group: its fields see its own answers. */
function GroupItem({ group, path, title, outer, typeOf, onRemove }: GroupItemProps) {
  const value: unknown = useWatch({ name: path });
  const itemState = evaluateItem(group, value, outer, typeOf);
  const titleId = useId();
  return (
    <section className="rf-group__item" aria-labelledby={titleId}>
      <h3 id={titleId} className="rf-group__title">
        {title}
      </h3>
      {(group.fields ?? [])
        .filter((child) => itemState.visible.has(child.id))
        .map((child) => (
          <FieldView
            key={child.id}
            field={child}
            path={`${path}.${child.id}`}
            required={itemState.required.has(child.id)}
          />
        ))}
      {onRemove && (
        <button type="button" className="button button--ghost button--small" onClick={onRemove.run}>
          {onRemove.label}
        </button>
      )}
    </section>
  );
}
