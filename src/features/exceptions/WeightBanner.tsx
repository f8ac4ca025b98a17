import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { mainPathTasks, weighExceptions } from '../../domain/exceptions/weight';
import { readProcessGraph } from '../../domain/process/readGraph';
import { useEditorStore } from '../../state/editorStore';

/** The process's main tasks, read again only when the diagram changes. */
function useMainPathTasks(xml: string): number | undefined {
  const [read, setRead] = useState<{ xml: string; tasks?: number }>();
  useEffect(() => {
    if (xml.trim() === '') return;
    let cancelled = false;
    void readProcessGraph(xml).then((result) => {
      if (!cancelled) setRead({ xml, tasks: result.ok ? mainPathTasks(result.graph) : undefined });
    });
    return () => {
      cancelled = true;
    };
  }, [xml]);
  return read?.xml === xml ? read.tasks : undefined;
}

/** Says so when exceptions outweigh the main path, and suggests several e-services. */
export function WeightBanner() {
  const { t } = useTranslation('exceptions');
  const exceptions = useEditorStore((state) => state.prototype?.exceptions) ?? [];
  const pages = useEditorStore((state) => state.prototype?.form.pages.length ?? 1);
  const xml = useEditorStore((state) => state.prototype?.process.bpmnXml ?? '');
  const tasks = useMainPathTasks(xml);
  const weight = weighExceptions(exceptions, { pages, tasks });
  if (!weight.outweighs) return null;
  const count = weight.frequent.length;
  return (
    <section className="banner banner--warning" aria-labelledby="exceptions-weight-title">
      <h2 id="exceptions-weight-title" className="banner__title">
        {t('weight.title')}
      </h2>
      {weight.reasons.map((reason) => (
        <p key={reason}>
          {reason === 'pages' && t('weight.pages', { count, pages })}
          {reason === 'tasks' && t('weight.tasks', { count, tasks })}
          {reason === 'share' && t('weight.share', { percent: weight.sharePercent })}
        </p>
      ))}
      <p>{t('weight.advice')}</p>
    </section>
  );
}
