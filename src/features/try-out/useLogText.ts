import { useTranslation } from '../../ui/i18n/useTranslation';
import type { ProcessGraph } from '../../domain/process/graph';
import type { RunLogEntry } from '../../domain/tryout/run';

/** How the log, and the announcement after an action, tell what happened. */
export function useLogText(graph: ProcessGraph | null) {
  const { t } = useTranslation('tryOut');
  const elementOf = (elementId: string) =>
    graph?.elements.find((element) => element.id === elementId);
  const nameOf = (elementId: string) =>
    elementOf(elementId)?.name.trim() || t('agents.unnamedStep');
  return (entry: RunLogEntry): string => {
    switch (entry.kind) {
      case 'chosen': {
        const optionOf = (flowId: string) => {
          const flow = graph?.flows.find((candidate) => candidate.id === flowId);
          return flow?.name.trim() || (flow ? nameOf(flow.targetId) : flowId);
        };
        // Several ways taken at once at an inclusive gateway: each is named.
        const option = [entry.flowId, ...(entry.alsoFlowIds ?? [])].map(optionOf).join(', ');
        return t('agents.logEntry.chosen', { name: nameOf(entry.elementId), option });
      }
      case 'triggered':
        return t(
          entry.interrupting === false
            ? 'agents.logEntry.triggeredAlongside'
            : 'agents.logEntry.triggered',
          {
            boundary: nameOf(entry.boundaryId),
            name: nameOf(entry.elementId),
          },
        );
      case 'done': {
        // A catch event is not completed by anyone: it happens.
        const isEvent = elementOf(entry.elementId)?.kind === 'event';
        return t(isEvent ? 'agents.logEntry.happened' : 'agents.logEntry.done', {
          name: nameOf(entry.elementId),
        });
      }
      case 'ended':
        return t('agents.logEntry.ended', { name: nameOf(entry.elementId) });
      case 'stuck':
        return t('agents.logEntry.stuck', { name: nameOf(entry.elementId) });
    }
  };
}
