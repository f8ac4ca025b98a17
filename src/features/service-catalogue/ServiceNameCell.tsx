import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import { serviceCataloguePaths } from './paths';

/** A service's name heading its table row, as a link to its entry. */
export function ServiceNameCell({ entry }: { entry: ServiceEntry }) {
  const { t } = useTranslation('serviceCatalogue');
  return (
    <th scope="row">
      <Link href={serviceCataloguePaths.entry(entry.id)}>
        {entry.name.trim() || t('list.unnamed')}
      </Link>
    </th>
  );
}
