import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { civilities } from '../../../domain/form/answers';
import { useRenderer } from '../context';
import { FieldFrame } from '../FieldFrame';
import { useFieldError } from '../useFieldError';
import type { FieldRendererProps } from './types';

interface PartProps {
  path: string;
  label: string;
  required: boolean;
  type?: 'text' | 'date';
  autoComplete?: string;
  inputMode?: 'numeric';
  className?: string;
}

/** One box of a composite answer, with its own label and error. */
function PartInput({
  path,
  label,
  required,
  type = 'text',
  autoComplete,
  inputMode,
  className,
}: PartProps) {
  const { register } = useFormContext();
  const { idFor } = useRenderer();
  const error = useFieldError(path);
  const id = idFor(path);
  return (
    <div className={`rf-part ${className ?? ''} ${error ? 'rf-question--error' : ''}`}>
      <label className="rf-part__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="rf-error">
          {error}
        </p>
      )}
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...register(path)}
      />
    </div>
  );
}

function CivilityInput({ path, required }: { path: string; required: boolean }) {
  const { t } = useTranslation('requesterForm');
  const { register } = useFormContext();
  const { idFor } = useRenderer();
  const error = useFieldError(path);
  const id = idFor(path);
  return (
    <fieldset
      className={`rf-part ${error ? 'rf-question--error' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="rf-part__label">{t('civility.label')}</legend>
      {error && (
        <p id={`${id}-error`} className="rf-error">
          {error}
        </p>
      )}
      <div className="rf-choices rf-choices--inline">
        {civilities.map((civility, index) => (
          <div className="rf-choice" key={civility}>
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${index}`}
              value={civility}
              aria-required={required || undefined}
              {...register(path)}
            />
            <label htmlFor={index === 0 ? id : `${id}-${index}`}>{t(`civility.${civility}`)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Civility, birth name, first names and date of birth, as one question. */
export function IdentityAnswer({ field, path, required }: FieldRendererProps) {
  const { t } = useTranslation('requesterForm');
  const { idFor } = useRenderer();
  return (
    <FieldFrame field={field} inputId={idFor(path)} required={required} as="fieldset">
      {() => (
        <div className="rf-parts">
          <CivilityInput path={`${path}.civility`} required={required} />
          <PartInput
            path={`${path}.lastName`}
            label={t('identity.lastName')}
            required={required}
            autoComplete="family-name"
          />
          <PartInput
            path={`${path}.firstNames`}
            label={t('identity.firstNames')}
            required={required}
            autoComplete="given-name"
          />
          <PartInput
            path={`${path}.birthDate`}
            label={t('identity.birthDate')}
            required={required}
            type="date"
            autoComplete="bday"
          />
        </div>
      )}
    </FieldFrame>
  );
}

/** A French postal address, as one question. */
export function AddressAnswer({ field, path, required }: FieldRendererProps) {
  const { t } = useTranslation('requesterForm');
  const { idFor } = useRenderer();
  return (
    <FieldFrame field={field} inputId={idFor(path)} required={required} as="fieldset">
      {() => (
        <div className="rf-parts">
          <PartInput
            path={`${path}.line1`}
            label={t('address.line1')}
            required={required}
            autoComplete="address-line1"
          />
          <PartInput
            path={`${path}.line2`}
            label={t('address.line2')}
            required={false}
            autoComplete="address-line2"
          />
          <PartInput
            path={`${path}.postalCode`}
            label={t('address.postalCode')}
            required={required}
            autoComplete="postal-code"
            inputMode="numeric"
            className="rf-part--short"
          />
          <PartInput
            path={`${path}.city`}
            label={t('address.city')}
            required={required}
            autoComplete="address-level2"
          />
        </div>
      )}
    </FieldFrame>
  );
}
