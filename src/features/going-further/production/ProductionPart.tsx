import { useTranslation } from '../../../ui/i18n/useTranslation';
import { DeploymentRequestPanel } from './DeploymentRequestPanel';
import './i18n';
import './production.css';
import { TestPlanPanel } from './TestPlanPanel';
import { useApprovedVersion } from './useApprovedVersion';

/**
 * Going live, from the approved version: the deployment request for the production team,
 * then the production test plan, its anomalies and its final validation.
 */
export default function ProductionPart() {
  const { t } = useTranslation('goingFurther-production');
  const approved = useApprovedVersion();
  return (
    <section aria-labelledby="going-further-part" className="production">
      <h2 id="going-further-part">{t('title')}</h2>
      <p className="field__help">{t('intro')}</p>
      {approved.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {approved.kind === 'missing' && (
        <div className="banner banner--warning" role="status">
          <p className="banner__title">{t('missing.title')}</p>
          <p>
            {t(`missing.${approved.why.kind}`, {
              error: approved.why.kind === 'unreadable-process' ? approved.why.error : '',
            })}
          </p>
        </div>
      )}
      {approved.kind === 'ready' && (
        <>
          <p className="production__based-on">
            {approved.approved.version
              ? t('basedOn', {
                  number: approved.approved.version.number,
                  name: approved.approved.version.name,
                  hash: approved.approved.contentHash,
                })
              : t('basedOnNoVersion', { hash: approved.approved.contentHash })}
          </p>
          <DeploymentRequestPanel approved={approved.approved} />
          <TestPlanPanel approved={approved.approved} />
        </>
      )}
    </section>
  );
}
