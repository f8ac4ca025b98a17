import { useTranslation } from '../../ui/i18n/useTranslation';
import { settleUnsavedCopy, useUnsavedCopy } from '../../state/unsavedCopy';
import { downloadFile } from '../../ui/download';

/** Offers changes a closed tab left behind that could not be replayed, until the user decides. */
export function UnsavedCopyBanner() {
  const { t } = useTranslation();
  const copy = useUnsavedCopy((state) => state.copy);
  if (!copy) return null;

  const download = async () => {
    // The export code (schemas, hashing) loads on first use, not with the first page.
    const { bundleFile } = await import('../../state/exporting');
    const { fileName, text } = await bundleFile(copy);
    downloadFile(fileName, text);
    settleUnsavedCopy();
  };

  return (
    <div className="banner banner--warning prototype__banner" role="alert">
      <h2 className="banner__title">{t('autosave.unsavedCopyTitle')}</h2>
      <p>{t('autosave.unsavedCopyBody')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void download()}>
          {t('autosave.downloadUnsavedCopy')}
        </button>
        <button type="button" className="button button--secondary" onClick={settleUnsavedCopy}>
          {t('autosave.dropUnsavedCopy')}
        </button>
      </div>
    </div>
  );
}
