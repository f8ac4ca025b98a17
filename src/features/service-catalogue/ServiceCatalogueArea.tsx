import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link, Route, Switch, useLocation } from 'wouter';
import './i18n';
import './serviceCatalogue.css';
import { workflowSharing } from '../../domain/service-catalogue/workflows';
import { routeParam } from '../../ui/links';
import { DashboardScreen } from './DashboardScreen';
import './dashboardI18n';
import { EntryScreen } from './EntryScreen';
import { ImportScreen } from './ImportScreen';
import { LifeEventsScreen } from './LifeEventsScreen';
import './lifeEventsI18n';
import { PrioritiesScreen } from './PrioritiesScreen';
import { RoadmapScreen } from './RoadmapScreen';
import { ServiceList } from './ServiceList';
import { SystemsScreen } from './SystemsScreen';
import './systemsI18n';
import { WorkflowsScreen } from './WorkflowsScreen';
import './workflowsI18n';
import { serviceCataloguePaths } from './paths';
import { useServiceCatalogue } from './useServiceCatalogue';

function AreaNav() {
  const { t } = useTranslation([
    'serviceCatalogue',
    'lifeEvents',
    'systems',
    'workflows',
    'dashboard',
  ]);
  const [location] = useLocation();
  const items = [
    [serviceCataloguePaths.list, t('nav.list')],
    [serviceCataloguePaths.lifeEvents, t('lifeEvents:nav')],
    [serviceCataloguePaths.priorities, t('nav.priorities')],
    [serviceCataloguePaths.roadmap, t('nav.roadmap')],
    [serviceCataloguePaths.systems, t('systems:nav')],
    [serviceCataloguePaths.workflows, t('workflows:nav')],
    [serviceCataloguePaths.dashboard, t('dashboard:nav')],
    [serviceCataloguePaths.import, t('nav.import')],
  ] as const;
  return (
    <nav aria-label={t('nav.label')} className="service-catalogue__nav">
      <ul>
        {items.map(([href, label]) => (
          <li key={href}>
            <Link href={href} aria-current={location === href ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The service catalogue: a second area beside the prototypes, loaded on first visit. */
export default function ServiceCatalogueArea() {
  const { t } = useTranslation('serviceCatalogue');
  const catalogue = useServiceCatalogue();
  return (
    <div className="page service-catalogue">
      <AreaNav />
      {catalogue.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {catalogue.kind === 'error' && (
        <div className="banner banner--error" role="alert">
          <p>{t('storageUnavailable')}</p>
        </div>
      )}
      {catalogue.kind === 'ready' && (
        <Switch>
          <Route path={serviceCataloguePaths.list}>
            <ServiceList
              catalogue={{
                services: catalogue.entries,
                scoring: catalogue.settings,
                lifeEvents: catalogue.lifeEventMap,
                systems: catalogue.systems,
                workflows: catalogue.workflows,
                targets: catalogue.targets,
              }}
            />
          </Route>
          <Route path={serviceCataloguePaths.lifeEvents}>
            <LifeEventsScreen entries={catalogue.entries} map={catalogue.lifeEventMap} />
          </Route>
          <Route path={serviceCataloguePaths.priorities}>
            <PrioritiesScreen
              entries={catalogue.entries}
              settings={catalogue.settings}
              systems={catalogue.systems}
            />
          </Route>
          <Route path={serviceCataloguePaths.roadmap}>
            <RoadmapScreen entries={catalogue.entries} />
          </Route>
          <Route path={serviceCataloguePaths.systems}>
            <SystemsScreen systems={catalogue.systems} entries={catalogue.entries} />
          </Route>
          <Route path={serviceCataloguePaths.workflows}>
            <WorkflowsScreen workflows={catalogue.workflows} entries={catalogue.entries} />
          </Route>
          <Route path={serviceCataloguePaths.dashboard}>
            <DashboardScreen
              entries={catalogue.entries}
              systems={catalogue.systems}
              targets={catalogue.targets}
            />
          </Route>
          <Route path={serviceCataloguePaths.import}>
            <ImportScreen entries={catalogue.entries} />
          </Route>
          <Route path="/s/:serviceId">
            {({ serviceId }) => {
              const id = routeParam(serviceId);
              const entry = catalogue.entries.find((candidate) => candidate.id === id);
              return (
                <EntryScreen
                  key={id}
                  entry={entry}
                  systems={catalogue.systems}
                  sharing={workflowSharing(catalogue.workflows, catalogue.entries)}
                />
              );
            }}
          </Route>
        </Switch>
      )}
    </div>
  );
}
