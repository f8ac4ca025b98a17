import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from '../../i18n/useTranslation';
import { yesNoValues } from '../../../domain/form/answers';
import { useRenderer } from '../context';
import { FieldFrame } from '../FieldFrame';
import { useFieldError } from '../useFieldError';
import type { FieldRendererProps } from './types';

function useChoices(field: FieldRendererProps['field']) {
  const { t } = useTranslation('requesterForm');
  if (field.type === 'yesNo')
    return yesNoValues.map((value) => ({ id: value, value, label: t(value) }));
  return field.options ?? [];
}

/** Yes/no and single choice (radio buttons), in a fieldset named by the question. */
export function RadioAnswer({ field, path, required }: FieldRendererProps) {
  const { register } = useFormContext();
  const { idFor } = useRenderer();
  const error = useFieldError(path);
  const choices = useChoices(field);
  const id = idFor(path);
  return (
    <FieldFrame field={field} inputId={id} required={required} error={error} as="fieldset">
      {() => (
        <div className={field.type === 'yesNo' ? 'rf-choices rf-choices--inline' : 'rf-choices'}>
          {choices.map((choice, index) => (
            <div className="rf-choice" key={choice.id}>
              <input
                type="radio"
                // The first box is where the error summary sends the requester.
                id={index === 0 ? id : `${id}-${index}`}
                value={choice.value}
                defaultChecked={field.defaultValue === choice.value}
                aria-invalid={error ? true : undefined}
                {...register(path)}
              />
              <label htmlFor={index === 0 ? id : `${id}-${index}`}>{choice.label}</label>
            </div>
          ))}
        </div>
      )}
    </FieldFrame>
  );
}

/** A drop-down list. */
export function SelectAnswer({ field, path, required }: FieldRendererProps) {
  const { t } = useTranslation('requesterForm');
  const { register } = useFormContext();
  const { idFor } = useRenderer();
  const error = useFieldError(path);
  const id = idFor(path);
  return (
    <FieldFrame field={field} inputId={id} required={required} error={error}>
      {(describedBy) => (
        <select
          id={id}
          defaultValue={typeof field.defaultValue === 'string' ? field.defaultValue : ''}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          {...register(path)}
        >
          <option value="">{t('choose')}</option>
          {(field.options ?? []).map((option) => (
            <option key={option.id} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** Multiple choice: the answer is the list of ticked values, in the options' order. */
export function CheckboxesAnswer({ field, path, required }: FieldRendererProps) {
  const { idFor } = useRenderer();
  const error = useFieldError(path);
  const initial = Array.isArray(field.defaultValue) ? field.defaultValue : [];
  const { field: control } = useController({ name: path, defaultValue: initial });
  const ticked: string[] = Array.isArray(control.value) ? control.value : [];
  const options = field.options ?? [];
  const id = idFor(path);
  return (
    <FieldFrame field={field} inputId={id} required={required} error={error} as="fieldset">
      {() => (
        <div className="rf-choices">
          {options.map((option, index) => {
            const boxId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="rf-choice" key={option.id}>
                <input
                  type="checkbox"
                  id={boxId}
                  ref={index === 0 ? control.ref : undefined}
                  name={path}
                  value={option.value}
                  checked={ticked.includes(option.value)}
                  aria-invalid={error ? true : undefined}
                  onBlur={control.onBlur}
                  onChange={(event) => {
                    const next = event.target.checked
                      ? [...ticked, option.value]
                      : ticked.filter((value) => value !== option.value);
                    control.onChange(
                      options.map((o) => o.value).filter((value) => next.includes(value)),
                    );
                  }}
                />
                <label htmlFor={boxId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      )}
    </FieldFrame>
  );
}

/** One box to tick: an agreement, whose label is the sentence agreed to. */
export function ConsentAnswer({ field, path, required }: FieldRendererProps) {
  const { t } = useTranslation('requesterForm');
  const { register } = useFormContext();
  const { idFor } = useRenderer();
  const error = useFieldError(path);
  const id = idFor(path);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy =
    [field.help && helpId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'rf-question rf-question--error' : 'rf-question'}>
      {error && (
        <p id={errorId} className="rf-error">
          {error}
        </p>
      )}
      <div className="rf-choice">
        <input
          type="checkbox"
          id={id}
          defaultChecked={field.defaultValue === true}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          {...register(path)}
        />
        <label htmlFor={id}>
          {field.label}
          {!required && <span className="rf-optional"> {t('optional')}</span>}
        </label>
      </div>
      {field.help && (
        <p id={helpId} className="rf-help">
          {field.help}
        </p>
      )}
    </div>
  );
}
