import { useEffect, useState, type RefObject } from 'react';
import { defaultDiagramXml } from '../../domain/process/defaultDiagram';
import { useEditorStore } from '../../state/editorStore';
import { select } from '../../state/selection';
import type { DiagramEditor, DiagramElement, ImportOutcome } from './editor/types';
import { loadDiagramEditor, type DiagramEditorModule } from './loadDiagramEditor';
import { syncDiagram, type DiagramSync } from './syncDiagram';

export interface OpenedEditor {
  editor: DiagramEditor;
  /**
   * Replaces the diagram on the user's request (a file, the default); nothing changes if
   * bpmn-js cannot read all of it, unless `force` (the user chose to import anyway).
   */
  replace(xml: string, force?: boolean): Promise<ImportOutcome>;
  /** What bpmn-js said when opening the stored diagram, if it could not read all of it. */
  openProblem?: { error?: string; warnings: string[] };
}

/** Loads the editor's chunk; a test passes a fake (bpmn-js cannot run in jsdom). */
export type EditorLoader = () => Promise<DiagramEditorModule>;

export type EditorLoad =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; opened: OpenedEditor };

const storedXml = () => useEditorStore.getState().prototype?.process.bpmnXml ?? '';

/**
 * Loads bpmn-js (a separate chunk), creates one editor per visit of the step and destroys
 * it on leaving. bpmn-js owns the live diagram, kept in step with the stored XML by
 * `syncDiagram`; XML is imported only on opening, on an explicit import or revert, or
 * when the stored diagram changed otherwise (an undo, another tab).
 */
export function useDiagramEditor(
  container: RefObject<HTMLDivElement | null>,
  language: string,
  onSelection: (element: DiagramElement | undefined) => void,
  loadEditor: EditorLoader = loadDiagramEditor,
): EditorLoad {
  const [load, setLoad] = useState<EditorLoad>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let editor: DiagramEditor | undefined;
    let sync: DiagramSync | undefined;

    loadEditor()
      .then(async ({ createDiagramEditor }) => {
        const element = container.current;
        if (cancelled || !element) return;
        const ready = createDiagramEditor({ container: element, language });
        editor = ready;
        const stored = storedXml();
        // A prototype stored before the default process existed has no diagram yet.
        const opening = await ready.open(stored.trim() === '' ? defaultDiagramXml : stored);
        if (cancelled) return;
        performance.mark('fabrik:process-ready');
        sync = syncDiagram(ready, stored, () => onSelection(undefined));
        ready.onSelectionChange((selected) => {
          onSelection(selected);
          select(
            selected
              ? {
                  kind: 'process-element',
                  id: selected.id,
                  label: selected.name || selected.typeLabel,
                }
              : undefined,
          );
        });
        const openProblem =
          !opening.ok || opening.warnings.length > 0
            ? { error: opening.ok ? undefined : opening.error, warnings: opening.warnings }
            : undefined;
        setLoad({ state: 'ready', opened: { editor: ready, replace: sync.replace, openProblem } });
      })
      // The chunk could not be fetched (offline before it was ever cached).
      .catch(() => {
        if (!cancelled) setLoad({ state: 'failed' });
      });

    return () => {
      cancelled = true;
      sync?.dispose();
      editor?.destroy();
      onSelection(undefined);
      setLoad({ state: 'loading' });
    };
  }, [container, language, onSelection, loadEditor]);

  return load;
}
