import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../ui/i18n/useTranslation';
import { useEditorStore } from '../state/editorStore';
import { exportOpenPrototype } from './exportOpenPrototype';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error?: Error;
}

function ErrorFallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const hasPrototype = useEditorStore((state) => state.prototype !== null);
  return (
    <div className="page">
      <div className="banner banner--error" role="alert">
        <h2 className="banner__title">{t('errors.boundaryTitle')}</h2>
        <p>{t('errors.boundaryBody')}</p>
        <div className="button-row">
          {hasPrototype && (
            <button type="button" className="button" onClick={() => void exportOpenPrototype()}>
              {t('actions.exportPrototype')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('actions.retry')}
          </button>
        </div>
        <details>
          <summary>{t('errors.boundaryDetail')}</summary>
          <pre className="error-detail">{error.message}</pre>
        </details>
      </div>
    </div>
  );
}

/** Keeps one broken screen from blanking the app, and offers to export the prototype. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error)
      return <ErrorFallback error={error} onRetry={() => this.setState({ error: undefined })} />;
    return this.props.children;
  }
}
