import { useTranslation } from '../../ui/i18n/useTranslation';
import { useEditorStore } from '../../state/editorStore';

/** "Enregistré" / "Enregistrement…" / an error, announced politely as it changes. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useEditorStore((store) => store.save.state);
  // 'pending' reads as "saving" to the user: the write is less than a second away.
  const shown = state === 'pending' ? 'saving' : state;
  return (
    <p className={`save-indicator save-indicator--${shown}`} role="status">
      <span className="save-indicator__dot" aria-hidden="true" />
      {t(`autosave.${shown}`)}
    </p>
  );
}
