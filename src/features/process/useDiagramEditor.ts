import { useEffect, useState, type RefObject } from 'react';
import { setProcessXml } from '../../domain/process/commands';
import { defaultDiagramXml } from '../../domain/process/defaultDiagram';
import { saveBeforeLeaving } from '../../state/autosave';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { provideUndo, reportUndoAvailability } from '../../state/undoScope';
import { select } from '../../state/selection';
import type {
  DiagramEditor,
  DiagramEditorOptions,
  DiagramElement,
  ImportOutcome,
} from './editor/types';

/** After bpmn-js's last change, its XML is stored this much later (one save per burst). */
const SAVE_DEBOUNCE_MS = 250;

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
export type EditorLoader = () => Promise<{
  createDiagramEditor: (options: DiagramEditorOptions) => DiagramEditor;
}>;

export const loadDiagramEditor: EditorLoader = () => import('./editor/createDiagramEditor');

export type EditorLoad =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; opened: OpenedEditor };

const storedXml = () => useEditorStore.getState().prototype?.process.bpmnXml ?? '';

/**
 * Loads bpmn-js (a separate chunk), creates one editor per visit of the step and destroys
 * it on leaving. bpmn-js owns the live diagram: its XML goes into the prototype through
 * `setProcessXml` shortly after each change, and XML is imported only on opening, on an
 * explicit import or revert, or when the stored diagram changed elsewhere (another tab).
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
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastXml = storedXml();
    const cleanups: (() => void)[] = [];

    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!editor) return;
      const xml = editor.xmlNow();
      if (xml === lastXml) return;
      lastXml = xml;
      execute(setProcessXml({ xml }));
    };
    const saveNowIfPending = () => {
      if (timer === undefined) return;
      save();
      saveBeforeLeaving();
    };
    const afterImport = (outcome: ImportOutcome) => {
      reportUndoAvailability(false, false);
      onSelection(undefined);
      return outcome;
    };

    loadEditor()
      .then(async ({ createDiagramEditor }) => {
        const element = container.current;
        if (cancelled || !element) return;
        const ready = createDiagramEditor({ container: element, language });
        editor = ready;
        // A prototype stored before the default process existed has no diagram yet.
        const opening = await ready.open(lastXml.trim() === '' ? defaultDiagramXml : lastXml);
        if (cancelled) return;
        performance.mark('fabrik:process-ready');
        ready.onChange(() => {
          reportUndoAvailability(ready.canUndo(), ready.canRedo());
          clearTimeout(timer);
          timer = setTimeout(save, SAVE_DEBOUNCE_MS);
        });
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
        cleanups.push(
          provideUndo({
            undo: () => ready.undo(),
            redo: () => ready.redo(),
            // The diagram's own changes are those of its XML; the rest is the app's.
            owns: (from, to) => from.process.bpmnXml !== to.process.bpmnXml,
          }),
        );
        cleanups.push(
          useEditorStore.subscribe((state) => {
            const xml = state.prototype?.process.bpmnXml;
            if (xml === undefined || xml === lastXml) return;
            clearTimeout(timer);
            timer = undefined;
            lastXml = xml;
            void ready.open(xml).then(afterImport);
          }),
        );
        window.addEventListener('pagehide', saveNowIfPending);
        cleanups.push(() => window.removeEventListener('pagehide', saveNowIfPending));

        const replace = async (xml: string, force = false) => {
          saveNowIfPending();
          const outcome = force ? await ready.open(xml) : await ready.replace(xml);
          if (!outcome.ok || (!force && outcome.warnings.length > 0)) return outcome;
          lastXml = ready.xmlNow();
          execute(setProcessXml({ xml: lastXml }));
          return afterImport(outcome);
        };
        const openProblem =
          !opening.ok || opening.warnings.length > 0
            ? { error: opening.ok ? undefined : opening.error, warnings: opening.warnings }
            : undefined;
        setLoad({ state: 'ready', opened: { editor: ready, replace, openProblem } });
      })
      // The chunk could not be fetched (offline before it was ever cached).
      .catch(() => {
        if (!cancelled) setLoad({ state: 'failed' });
      });

    return () => {
      cancelled = true;
      if (timer !== undefined) save();
      cleanups.forEach((cleanup) => cleanup());
      editor?.destroy();
      onSelection(undefined);
      setLoad({ state: 'loading' });
    };
  }, [container, language, onSelection, loadEditor]);

  return load;
}
