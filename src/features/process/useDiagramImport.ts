import { useState } from 'react';
import { MAX_BPMN_BYTES, screenBpmnText } from '../../domain/process/safeXml';
import { defaultDiagramXml } from '../../domain/process/defaultDiagram';
import { perfMarks } from '../../domain/perfMarks';
import { notify } from '../../state/notifications';
import type { ImportOutcome } from './editor/types';
import type { OpenedEditor } from './useDiagramEditor';

export type ImportReason = 'empty' | 'too-large' | 'doctype' | 'unreadable' | 'partial';

export interface ImportProblem {
  fileName: string;
  reason: ImportReason;
  error?: string;
  warnings: string[];
  /** Kept so that a partly readable file can still be imported on request. */
  text?: string;
}

export type PendingReplace = { kind: 'file'; fileName: string; text: string } | { kind: 'default' };

function problemOf(fileName: string, text: string, outcome: ImportOutcome): ImportProblem {
  if (!outcome.ok) {
    const screened = ['empty', 'too-large', 'doctype'].includes(outcome.error);
    return {
      fileName,
      reason: screened ? (outcome.error as ImportReason) : 'unreadable',
      error: outcome.error,
      warnings: outcome.warnings,
    };
  }
  return { fileName, reason: 'partial', warnings: outcome.warnings, text };
}

/** Import of a .bpmn file and return to the default process, each confirmed first. */
export function useDiagramImport(opened: OpenedEditor | undefined) {
  const [pending, setPending] = useState<PendingReplace>();
  const [problem, setProblem] = useState<ImportProblem>();

  const chooseFile = async (file: File) => {
    setProblem(undefined);
    if (file.size > MAX_BPMN_BYTES) {
      setProblem({ fileName: file.name, reason: 'too-large', warnings: [] });
      return;
    }
    const text = await file.text();
    const unsafe = screenBpmnText(text);
    if (unsafe) setProblem({ fileName: file.name, reason: unsafe, warnings: [] });
    else setPending({ kind: 'file', fileName: file.name, text });
  };

  const confirm = async () => {
    const chosen = pending;
    setPending(undefined);
    if (!chosen || !opened) return;
    if (chosen.kind === 'default') {
      const outcome = await opened.replace(defaultDiagramXml);
      if (outcome.ok) notify({ tone: 'success', messageKey: 'process:reverted', timeoutMs: 5000 });
      return;
    }
    const outcome = await opened.replace(chosen.text);
    if (outcome.ok && outcome.warnings.length === 0) {
      performance.mark(perfMarks.diagramImported);
      notify({
        tone: 'success',
        messageKey: 'process:imported',
        params: { file: chosen.fileName },
        timeoutMs: 5000,
      });
    } else {
      setProblem(problemOf(chosen.fileName, chosen.text, outcome));
    }
  };

  const importAnyway = async () => {
    const text = problem?.text;
    if (!text || !opened) return;
    const outcome = await opened.replace(text, true);
    if (outcome.ok) {
      notify({
        tone: 'success',
        messageKey: 'process:imported',
        params: { file: problem.fileName },
        timeoutMs: 5000,
      });
      setProblem(undefined);
    }
  };

  return {
    pending,
    problem,
    chooseFile: (file: File) => void chooseFile(file),
    askRevert: () => setPending({ kind: 'default' }),
    confirm: () => void confirm(),
    cancel: () => setPending(undefined),
    importAnyway: () => void importAnyway(),
    dismissProblem: () => setProblem(undefined),
  };
}
