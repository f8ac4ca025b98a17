import { useMemo } from 'react';
import { codeCount, MIN_SAFE_CODE_COUNT } from '../../domain/tracking/code';
import { mappingProblems } from '../../domain/tracking/mapping';
import { checkMessage, expectedDateBasis } from '../../domain/tracking/templateChecks';
import { useEditorStore } from '../../state/editorStore';
import { countMappingProblems } from './mapping/MappingProblems';
import { usePlaceholderFields } from './messages/usePlaceholderFields';
import { useCommitmentAnalysis } from './useCommitmentAnalysis';
import { useReadProcess } from './useReadProcess';
import type { TrackingTab } from './viewStore';

/** How many things each tab has to review, for the badges on the tabs. */
export function useTabProblems(): Partial<Record<TrackingTab, number>> {
  const tracking = useEditorStore((state) => state.prototype?.tracking);
  const { fields } = usePlaceholderFields();
  const { shown: graph } = useReadProcess();
  const analysis = useCommitmentAnalysis();
  return useMemo(() => {
    if (!tracking) return {};
    const { code, statuses, messages, commitment } = tracking;
    // Advice counts too, as it does in the message list: the badge says what to look at.
    const dateBasis = expectedDateBasis(commitment);
    const confirmMissing =
      code.confirmFieldId !== null && !fields.some((f) => f.id === code.confirmFieldId);
    return {
      statuses: statuses.filter((status) => status.label.trim() === '').length,
      mapping: graph ? countMappingProblems(mappingProblems(graph, statuses)) : 0,
      messages: messages.filter((message) => checkMessage(message, fields, dateBasis).length > 0)
        .length,
      commitment:
        (analysis && analysis.breaking.length > 0 ? 1 : 0) + (analysis?.outlastsSilence ? 1 : 0),
      code: (confirmMissing ? 1 : 0) + (codeCount(code) < MIN_SAFE_CODE_COUNT ? 1 : 0),
    };
  }, [tracking, fields, graph, analysis]);
}
