import { useTranslation } from '../../ui/i18n/useTranslation';
import { purposeItems } from '../../domain/purpose/items';
import { missingPurposeItems } from '../../domain/purpose/progress';
import { useEditorStore } from '../../state/editorStore';
import './i18n';
import { NameField } from './NameField';
import { PurposeItemField } from './PurposeItemField';

/** Step 1: the purpose statement and its limits, item by item, with help for a workshop. */
export default function PurposeScreen() {
  const { t } = useTranslation('purpose');
  const missing = useEditorStore((state) =>
    state.prototype ? missingPurposeItems(state.prototype.purpose).length : 0,
  );
  const total = purposeItems.length;
  return (
    <section className="page purpose">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="purpose__progress">
        {t('progress', { done: total - missing, total })}
        <progress className="progress" max={total} value={total - missing} aria-hidden="true" />
      </p>
      <NameField />
      {purposeItems.map((item) => (
        <PurposeItemField key={item} item={item} />
      ))}
    </section>
  );
}
