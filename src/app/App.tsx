import { useTranslation } from '../ui/i18n/useTranslation';
import { Route, Switch } from 'wouter';
import { CatalogueScreen } from '../features/catalogue/CatalogueScreen';
import { JOIN_PATH } from '../domain/live/links';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { loadPatternEngines } from '../domain/form/patternEngines';
import { useLoaded } from '../ui/useLoaded';
import { ReceivedFileLifetime } from './ReceivedFileLifetime';
import './stepStrings';
import { routeParam, SERVICE_CATALOGUE_PATH } from '../ui/links';
import { loadPrototypeLayout } from './opening';

// Loaded on first use, to keep the catalogue's first load small. A received file's checks
// and previews run patterns: its screen shows with the pattern engines (a prototype's
// screens load them only when needed, see prototype/usePatternChecksReady.ts).
const loadReceivedFileScreen = () =>
  Promise.all([import('../features/review/ReceivedFileScreen'), loadPatternEngines()]).then(
    ([m]) => m,
  );
const loadJoinScreen = () => import('../features/live-workshop/JoinScreen');
const loadServiceCatalogue = () => import('../features/service-catalogue/ServiceCatalogueArea');

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page" role="status">
      {t('steps.loading')}
    </p>
  );
}

function PrototypeRoute({ prototypeId }: { prototypeId: string }) {
  const layout = useLoaded(loadPrototypeLayout);
  if (!layout) return <Loading />;
  const PrototypeLayout = layout.default;
  return <PrototypeLayout prototypeId={prototypeId} />;
}

function ReceivedFileRoute() {
  const screen = useLoaded(loadReceivedFileScreen);
  if (!screen) return <Loading />;
  const ReceivedFileScreen = screen.default;
  return <ReceivedFileScreen />;
}

function JoinRoute() {
  const screen = useLoaded(loadJoinScreen);
  if (!screen) return <Loading />;
  const JoinScreen = screen.default;
  return <JoinScreen />;
}

function ServiceCatalogueRoute() {
  const area = useLoaded(loadServiceCatalogue);
  if (!area) return <Loading />;
  const ServiceCatalogueArea = area.default;
  return <ServiceCatalogueArea />;
}

export function App() {
  return (
    <AppLayout>
      <ReceivedFileLifetime />
      <Switch>
        <Route path="/">
          <CatalogueScreen />
        </Route>
        <Route path="/received">
          <ReceivedFileRoute />
        </Route>
        <Route path={JOIN_PATH}>
          <JoinRoute />
        </Route>
        <Route path={SERVICE_CATALOGUE_PATH} nest>
          <ServiceCatalogueRoute />
        </Route>
        <Route path="/p/:prototypeId" nest>
          {({ prototypeId }) => <PrototypeRoute prototypeId={routeParam(prototypeId)} />}
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </AppLayout>
  );
}
