import { useMemo, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { documentHtml } from '../../domain/documents/toHtml';
import { dashboardFigures, type IndicatorTargets } from '../../domain/service-catalogue/dashboard';
import {
  dashboardDocument,
  type DashboardWords,
} from '../../domain/service-catalogue/dashboardDocument';
import { roadmapYears } from '../../domain/service-catalogue/roadmap';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import { blocksInProduction, type SystemEntry } from '../../domain/service-catalogue/systems';
import { DocumentActions } from '../../ui/documents/DocumentActions';
import { DocumentView } from '../../ui/documents/DocumentView';
import { downloadFile } from '../../ui/download';
import './dashboardI18n';
import { TargetsForm } from './TargetsForm';

/** The public dashboard: read here, printed, or exported as one static page to publish. */
export function DashboardScreen({
  entries,
  systems,
  targets: storedTargets,
}: {
  entries: ServiceEntry[];
  systems: SystemEntry[];
  targets: IndicatorTargets;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const [years] = useState(() => roadmapYears(new Date()));
  // The targets as typed, before they are stored: the dashboard follows them at once.
  const [targets, setTargets] = useState(storedTargets);
  const language = i18n.language;
  const doc = useMemo(() => {
    const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const words: DashboardWords = {
      t: (key, params) => t(key, params),
      number: (value) => format.format(value),
    };
    const available = blocksInProduction(systems);
    return dashboardDocument(dashboardFigures(entries, available, years, targets), words);
  }, [entries, systems, years, targets, t, language]);
  const exportPage = () => {
    const now = new Date();
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(now);
    const html = documentHtml(doc, { language, generated: t('generated', { date }) });
    downloadFile(
      `tableau-de-bord-${now.toISOString().slice(0, 10)}.html`,
      html,
      'text/html;charset=utf-8',
    );
  };
  return (
    <>
      <h1>{t('nav')}</h1>
      <p className="lead">{t('screenIntro')}</p>
      <TargetsForm targets={storedTargets} onChange={setTargets} />
      <p>
        <button type="button" className="button" onClick={exportPage}>
          {t('export')}
        </button>
      </p>
      <DocumentActions document={doc} fileName="tableau-de-bord" />
      <DocumentView document={doc} />
    </>
  );
}
