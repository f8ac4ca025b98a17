import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { CatalogueScreen } from '../features/catalogue/CatalogueScreen';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { useLoaded } from '../ui/useLoaded';
import { ReceivedFileLifetime } from './ReceivedFileLifetime';
import './stepStrings';
import { routeParam } from '../ui/links';

// Loaded on first use, to keep the catalogue's first load small.
const loadPrototypeLayout = () => import('./prototype/PrototypeLayout');
const loadReceivedFileScreen = () => import('../features/review/ReceivedFileScreen');

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
