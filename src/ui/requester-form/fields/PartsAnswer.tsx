import { useFormContext } from 'react-hook-form';
import { useTranslation } from '../../i18n/useTranslation';
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

/** One box of a composite answer, as data: the part's name, label and browser hints. */
interface Part {
  name: string;
  labelKey: string;
  autoComplete: string;
  type?: 'date';
  inputMode?: 'numeric';
  /** Never required, even when the question is (an address's second line). */
  optional?: boolean;
  short?: boolean;
}

const identityParts: readonly Part[] = [
  { name: 'lastName', labelKey: 'identity.lastName', autoComplete: 'family-name' },
  { name: 'firstNames', labelKey: 'identity.firstNames', autoComplete: 'given-name' },
  { name: 'birthDate', labelKey: 'identity.birthDate', autoComplete: 'bday', type: 'date' },
];

const addressParts: readonly Part[] = [
  { name: 'line1', labelKey: 'address.line1', autoComplete: 'address-line1' },
  { name: 'line2', labelKey: 'address.line2', autoComplete: 'address-line2', optional: true },
  {
    name: 'postalCode',
    labelKey: 'address.postalCode',
    autoComplete: 'postal-code',
    inputMode: 'numeric',
    short: true,
  },
  { name: 'city', labelKey: 'address.city', autoComplete: 'address-level2' },
];

function PartInputs({
  path,
  parts,
  required,
}: {
  path: string;
  parts: readonly Part[];
  required: boolean;
}) {
  const { t } = useTranslation('requesterForm');
  return parts.map((part) => (
    <PartInput
      key={part.name}
      path={`${path}.${part.name}`}
      label={t(part.labelKey)}
      required={required && !part.optional}
      type={part.type}
      autoComplete={part.autoComplete}
      inputMode={part.inputMode}
      className={part.short ? 'rf-part--short' : undefined}
    />
  ));
}

/** Civility, birth name, first names and date of birth, as one question. */
export function IdentityAnswer({ field, path, required }: FieldRendererProps) {
  const { idFor } = useRenderer();
  return (
    <FieldFrame field={field} inputId={idFor(path)} required={required} as="fieldset">
      {() => (
        <div className="rf-parts">
          <CivilityInput path={`${path}.civility`} required={required} />
          <PartInputs path={path} parts={identityParts} required={required} />
        </div>
      )}
    </FieldFrame>
  );
}

/** A French postal address, as one question. */
export function AddressAnswer({ field, path, required }: FieldRendererProps) {
  const { idFor } = useRenderer();
  return (
    <FieldFrame field={field} inputId={idFor(path)} required={required} as="fieldset">
      {() => (
        <div className="rf-parts">
          <PartInputs path={path} parts={addressParts} required={required} />
        </div>
      )}
    </FieldFrame>
  );
}
