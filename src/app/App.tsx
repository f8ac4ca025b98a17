import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { CatalogueScreen } from '../features/catalogue/CatalogueScreen';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import './stepStrings';

// Loaded on first opening of a prototype, to keep the catalogue's first load small.
const PrototypeLayout = lazy(() => import('./prototype/PrototypeLayout'));
const ReceivedFileScreen = lazy(() => import('../features/review/ReceivedFileScreen'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page" role="status">
      {t('steps.loading')}
    </p>
  );
}

export function App() {
  return (
    <AppLayout>
      <Switch>
        <Route path="/">
          <CatalogueScreen />
        </Route>
        <Route path="/received">
          <Suspense fallback={<Loading />}>
            <ReceivedFileScreen />
          </Suspense>
        </Route>
        <Route path="/p/:prototypeId" nest>
          {({ prototypeId }) => (
            <Suspense fallback={<Loading />}>
              <PrototypeLayout prototypeId={prototypeId} />
            </Suspense>
          )}
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </AppLayout>
  );
}
