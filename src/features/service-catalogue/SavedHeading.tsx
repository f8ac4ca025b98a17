import { useTranslation } from '../../ui/i18n/useTranslation';
import type { SaveState } from './useAutosave';

/** A screen's title with where its autosave stands, announced politely as it changes. */
export function SavedHeading({ title, state }: { title: string; state: SaveState }) {
  const { t } = useTranslation('serviceCatalogue');
  return (
    <div className="service-catalogue__entry-head">
      <h1>{title}</h1>
      <p role="status" className="service-catalogue__save">
        {state === 'failed'
          ? t('entry.saveFailed')
          : state === 'saved'
            ? t('entry.saved')
            : t('entry.saving')}
      </p>
    </div>
  );
}

/**
 * Removes one item from a list edited on screen; the label names the item, since every
 * item of the list has such a button.
 */
export function RemoveItemButton({
  label,
  onRemove,
  children,
}: {
  label: string;
  onRemove: () => void;
  children: string;
}) {
  return (
    <button type="button" className="button button--danger" aria-label={label} onClick={onRemove}>
      {children}
    </button>
  );
}
