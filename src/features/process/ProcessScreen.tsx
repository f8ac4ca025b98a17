import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { usePresentation } from '../../state/presentation';
import { useRevealRequest } from '../../state/selection';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ChecksList } from './ChecksList';
import type { DiagramElement } from './editor/types';
import { ElementPanel } from './ElementPanel';
import { GenericWorkflowActions } from './GenericWorkflowActions';
import './i18n';
import { DiagramHeldNotice } from './DiagramHeldNotice';
import { ImportProblemBanner } from './ImportProblemBanner';
import './process.css';
import { ProcessTextView } from './ProcessTextView';
import { ProcessToolbar } from './ProcessToolbar';
import { useCanvasHeight } from './useCanvasHeight';
import { useDiagramEditor, type EditorLoader } from './useDiagramEditor';
import { useDiagramImport } from './useDiagramImport';
import { useLargeText } from './useLargeText';
import { useProcessChecks } from './useProcessChecks';
import { useSharedDiagram } from './useSharedDiagram';

/** Step 3: the processing flow, drawn with bpmn-js, with the side panel and the checks. */
export default function ProcessScreen({ loadEditor }: { loadEditor?: EditorLoader }) {
  const { t, i18n } = useTranslation('process');
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<DiagramElement>();
  const load = useDiagramEditor(container, i18n.language, setSelected, loadEditor);
  const opened = load.state === 'ready' ? load.opened : undefined;
  const editor = opened?.editor;
  const importing = useDiagramImport(opened);
  const checks = useProcessChecks(load.state !== 'loading');
  const readOnly = useSharedDiagram(editor);
  const [largeText, setLargeText] = useLargeText();
  const side = useRef<HTMLElement>(null);
  const section = useRef<HTMLElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const canvasHeight = useCanvasHeight(frame, section);
  const presenting = usePresentation((state) => state.on);
  const large = largeText || presenting;

  // A link to an element ("this task has no role") is shown once the diagram is imported:
  // the element selected and brought into view, the focus on the side panel showing it.
  useRevealRequest(
    'process',
    ['process-element'],
    editor &&
      ((target) => {
        if (!editor.selectElement(target.id)) return;
        requestAnimationFrame(() =>
          side.current?.querySelector<HTMLElement>('.process-panel__title')?.focus(),
        );
      }),
  );

  // From the text view: the step selected in the diagram, its name box ready to edit.
  const edit = (id: string) => {
    if (!editor?.selectElement(id)) return;
    requestAnimationFrame(() =>
      side.current?.querySelector<HTMLElement>('.process-panel input')?.focus(),
    );
  };

  // The whole diagram in view, fitted again when the space for it or the display changes:
  // the projector display (and presentation mode) keeps its labels at 18 px or more.
  useEffect(() => {
    editor?.setLargeDisplay(large);
  }, [editor, large, canvasHeight]);

  return (
    <section className={largeText ? 'process process--large' : 'process'} ref={section}>
      <div className="process__header">
        <h1>{t('title')}</h1>
        {/* Folded to one line, so the diagram starts high enough to be seen whole. */}
        <details className="process__about">
          <summary>{t('about')}</summary>
          <p className="lead">{t('intro')}</p>
          <p className="process__help" id="process-keyboard-help">
            {t('keyboardHelp')}
          </p>
        </details>
        <GenericWorkflowActions editor={editor} replace={opened?.replace} readOnly={readOnly} />
        <ProcessToolbar
          editor={editor}
          readOnly={readOnly}
          largeText={largeText}
          onLargeTextChange={setLargeText}
          onFileChosen={importing.chooseFile}
          onRevert={importing.askRevert}
        />
      </div>
      <DiagramHeldNotice />
      {importing.problem && (
        <ImportProblemBanner
          problem={importing.problem}
          onImportAnyway={importing.importAnyway}
          onDismiss={importing.dismissProblem}
        />
      )}
      {opened?.openProblem && (
        <div className="banner banner--warning process__banner" role="alert">
          <h2 className="banner__title">{t('openProblem.title')}</h2>
          <p>{t('openProblem.body')}</p>
          {opened.openProblem.error && <p>{opened.openProblem.error}</p>}
          <ul className="process__warnings">
            {opened.openProblem.warnings.slice(0, 20).map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {/* The diagram is one graphic to a screen reader: each selection in it is said. */}
      <p className="visually-hidden" role="status">
        {selected &&
          (selected.name
            ? t('text.selected', { type: selected.typeLabel, name: selected.name })
            : t('text.selectedUnnamed', { type: selected.typeLabel }))}
      </p>
      <div
        className="process__workspace"
        style={{ '--process-canvas-height': `${canvasHeight}px` } as CSSProperties}
      >
        <div className="process__canvas-frame" ref={frame}>
          {load.state === 'failed' && (
            <p className="banner banner--error process__loading" role="alert">
              {t('loadFailed')}
            </p>
          )}
          {load.state === 'loading' && (
            <p className="process__loading" role="status">
              <progress aria-label={t('loading')} />
              {t('loading')}
            </p>
          )}
          <div
            ref={container}
            className="process__canvas"
            role="region"
            aria-label={t('canvasLabel')}
            aria-describedby="process-keyboard-help"
          />
        </div>
        <aside className="process__side" ref={side}>
          <ElementPanel editor={editor} element={selected} readOnly={readOnly} />
          <ChecksList checks={checks} onSelect={(id) => editor?.selectElement(id)} />
          {/* Read from the XML once the diagram is shown, as the checks are. */}
          {load.state !== 'loading' && (
            <ProcessTextView editor={editor} onEdit={edit} readOnly={readOnly} />
          )}
        </aside>
      </div>
      <ConfirmDialog
        open={importing.pending !== undefined}
        title={t(
          importing.pending?.kind === 'default' ? 'confirmRevert.title' : 'confirmImport.title',
        )}
        message={
          importing.pending?.kind === 'file'
            ? t('confirmImport.message', { file: importing.pending.fileName })
            : t('confirmRevert.message')
        }
        confirmLabel={t(
          importing.pending?.kind === 'default' ? 'confirmRevert.confirm' : 'confirmImport.confirm',
        )}
        onConfirm={importing.confirm}
        onCancel={importing.cancel}
      />
    </section>
  );
}
