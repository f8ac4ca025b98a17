import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import {
  stopsAlongPath,
  stopsInListOrder,
  type StatusStop,
} from '../../../domain/tracking/timeline';
import { useEditorStore } from '../../../state/editorStore';
import { useCommitmentAnalysis } from '../useCommitmentAnalysis';
import { useReadProcess } from '../useReadProcess';

export interface PreviewRoute {
  label: string;
  stops: StatusStop[];
}

/**
 * The journeys the preview can show: each path of the process that reaches an end, or,
 * before the process sets statuses, the statuses in order to each final one.
 */
export function usePreviewRoutes(): PreviewRoute[] {
  const { t } = useTranslation('tracking');
  const statuses = useEditorStore(useShallow((state) => state.prototype?.tracking.statuses ?? []));
  const { shown: graph } = useReadProcess();
  const analysis = useCommitmentAnalysis();
  return useMemo(() => {
    const labelOf = (id: string | undefined) =>
      statuses.find((status) => status.id === id)?.label ?? t('commitment.noEnd');
    if (graph && analysis) {
      const byId = new Map(graph.elements.map((element) => [element.id, element]));
      const waiting = new Set(statuses.filter((s) => s.waitsForRequester).map((s) => s.id));
      const routes = analysis.paths.map((path) => {
        const stops = stopsAlongPath(path.path, byId);
        const loops = stops.some((stop) => waiting.has(stop.statusId));
        const key = loops ? 'preview.pathOptionLoop' : 'preview.pathOption';
        return { label: t(key, { status: labelOf(path.lastStatusId), days: path.days }), stops };
      });
      if (routes.some((route) => route.stops.length > 0)) return routes;
    }
    const finals = statuses.filter((status) => status.final);
    return (finals.length > 0 ? finals : [undefined]).map((final) => ({
      label: final ? final.label : t('commitment.noEnd'),
      stops: stopsInListOrder(statuses, final?.id),
    }));
  }, [graph, analysis, statuses, t]);
}
