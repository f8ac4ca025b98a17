import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import { sharedWorkflowsOf, type WorkflowSharing } from '../../domain/service-catalogue/workflows';
import { serviceCataloguePaths } from './paths';
import './workflowsI18n';

/** The generic workflows this service's prototypes use, and the other services using them. */
export function SharedWorkflows({
  entry,
  sharing,
}: {
  entry: ServiceEntry;
  sharing: readonly WorkflowSharing[];
}) {
  const { t } = useTranslation('workflows');
  const shared = sharedWorkflowsOf(entry, sharing);
  return (
    <section aria-labelledby="service-workflows">
      <h2 id="service-workflows">{t('entryTitle')}</h2>
      {shared.length === 0 ? (
        <p>{t('entryNone')}</p>
      ) : (
        <ul>
          {shared.map(({ workflow, services }) => (
            <li key={workflow.id}>
              {services.length === 0 ? (
                t('entryAlone', { workflow: workflow.name })
              ) : (
                <>
                  {t('entryShared', { workflow: workflow.name })}{' '}
                  {services.map((service, index) => (
                    <span key={service.id}>
                      {index > 0 && ', '}
                      <Link href={serviceCataloguePaths.entry(service.id)}>{service.name}</Link>
                    </span>
                  ))}
                  .
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
