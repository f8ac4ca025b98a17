import { useController } from 'react-hook-form';
import { useTranslation } from '../../i18n/useTranslation';
import type { AttachedFile } from '../../../domain/form/answers';
import { formatBytes } from '../../formatBytes';
import { useRenderer } from '../context';
import { FieldFrame } from '../FieldFrame';
import { useFieldError } from '../useFieldError';
import type { FieldRendererProps } from './types';

/**
 * A supporting document ("pièce justificative"). Only the name, size and type are kept:
 * in a prototype, the file itself never leaves the browser.
 */
export function FileAnswer({ field, path, required }: FieldRendererProps) {
  const { t, i18n } = useTranslation('requesterForm');
  const { idFor } = useRenderer();
  const error = useFieldError(path);
  const { field: control } = useController({ name: path, defaultValue: [] as AttachedFile[] });
  const files: AttachedFile[] = Array.isArray(control.value) ? control.value : [];
  const { fileTypes, maxSizeMb, maxItems } = field.validation ?? {};
  const id = idFor(path);
  const hintId = `${id}-hint`;
  const hint = [
    fileTypes?.length ? t('fileHint', { types: fileTypes.join(', ') }) : '',
    maxSizeMb ? t('sizeHint', { max: maxSizeMb }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FieldFrame field={field} inputId={id} required={required} error={error}>
      {(describedBy) => (
        <>
          {hint && (
            <p id={hintId} className="rf-help">
              {hint}
            </p>
          )}
          <input
            id={id}
            ref={control.ref}
            name={path}
            type="file"
            multiple={maxItems !== 1}
            accept={fileTypes?.map((type) => `.${type}`).join(',') || undefined}
            aria-describedby={[describedBy, hint && hintId].filter(Boolean).join(' ') || undefined}
            aria-invalid={error ? true : undefined}
            aria-required={required || undefined}
            onBlur={control.onBlur}
            onChange={(event) => {
              const chosen = [...(event.target.files ?? [])].map(({ name, size, type }) => ({
                name,
                size,
                type,
              }));
              control.onChange(chosen);
            }}
          />
          {files.length > 0 && (
            <div className="rf-files">
              <p className="rf-files__title">{t('filesChosen')}</p>
              <ul>
                {files.map((file, index) => (
                  <li key={`${file.name}-${index}`}>
                    {file.name} ({formatBytes(file.size, i18n.language)})
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </FieldFrame>
  );
}
