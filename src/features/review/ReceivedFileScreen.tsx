import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import { hasDoubts } from '../../domain/review/doubts';
import { useReceivedFile } from '../../state/receivedFile';
import { DoubtsAlert } from '../../ui/signoffs/DoubtsAlert';
import { SignoffList } from '../../ui/signoffs/SignoffList';
import { TamperAlert } from '../../ui/signoffs/TamperAlert';
import { ReadinessList } from './content/ReadinessList';
import { ReviewContent } from './content/ReviewContent';
import { useReadiness } from './hooks/useReadiness';
import { useFileDoubts } from './hooks/useSignoffTrust';
import './i18n';
import './review.css';

/**
 * A received file whose sign-offs do not hold, opened read-only: what it says can be read,
 * and what does not match is shown first. It is not stored, so it cannot be approved.
 */
export default function ReceivedFileScreen() {
  const { t } = useTranslation('review');
  const file = useReceivedFile((state) => state.file);
  if (!file) {
    return (
      <section className="page">
        <h1>{t('received.fileTitle')}</h1>
        <p>{t('received.noFile')}</p>
        <Link href="/">{t('common:errors.backToCatalogue')}</Link>
      </section>
    );
  }
  return <ReceivedFile fileName={file.fileName} />;
}

function ReceivedFile({ fileName }: { fileName: string }) {
  const { t } = useTranslation('review');
  const { bundle, check } = useReceivedFile((state) => state.file)!;
  const issues = useReadiness(bundle.prototype);
  const doubts = useFileDoubts(bundle);
  return (
    <section className="page review">
      <h1>{t('received.readOnlyTitle', { name: bundle.prototype.name })}</h1>
      <p className="lead">{t('received.readOnlyIntro', { file: fileName })}</p>
      <TamperAlert check={check} />
      {doubts && hasDoubts(doubts) && <DoubtsAlert doubts={doubts} signoffs={bundle.signoffs} />}
      <p>
        <Link href="/">{t('common:errors.backToCatalogue')}</Link>
      </p>
      <section className="review-panel" aria-labelledby="received-signoffs-title">
        <h2 id="received-signoffs-title">{t('signoffsTitle')}</h2>
        <SignoffList statuses={check.signoffs} keys={doubts?.keys} />
        <p className="review-note">{t('signoffs:notice')}</p>
      </section>
      <section className="review-panel" aria-labelledby="received-checklist-title">
        <h2 id="received-checklist-title">{t('checklist.title')}</h2>
        <ReadinessList issues={issues} links={false} />
      </section>
      <ReviewContent content={bundle.prototype} />
    </section>
  );
}
