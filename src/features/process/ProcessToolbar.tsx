import { useRef } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useEditorStore } from '../../state/editorStore';
import { notify } from '../../state/notifications';
import type { DiagramEditor } from './editor/types';
import { exportDiagram, type ExportFormat } from './exportDiagram';

interface ProcessToolbarProps {
  editor: DiagramEditor | undefined;
  /** Someone else holds the shared diagram: it cannot be imported over or reverted. */
  readOnly: boolean;
  largeText: boolean;
  onLargeTextChange: (large: boolean) => void;
  onFileChosen: (file: File) => void;
  onRevert: () => void;
}

/** Zoom, projector display, import and export: what bpmn-js's palette does not offer. */
export function ProcessToolbar({
  editor,
  readOnly,
  largeText,
  onLargeTextChange,
  onFileChosen,
  onRevert,
}: ProcessToolbarProps) {
  const { t } = useTranslation('process');
  const fileInput = useRef<HTMLInputElement>(null);
  const name = useEditorStore((state) => state.prototype?.name ?? '');
  const disabled = !editor;
  const exportAs = (format: ExportFormat) => {
    if (!editor) return;
    exportDiagram(editor, format, name).catch(() =>
      notify({ tone: 'error', messageKey: 'process:exportFailed' }),
    );
  };
  return (
    <div className="process-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={() => editor?.zoom(1.2)}
        >
          {t('toolbar.zoomIn')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={() => editor?.zoom(1 / 1.2)}
        >
          {t('toolbar.zoomOut')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={() => editor?.fitToScreen()}
        >
          {t('toolbar.fit')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={largeText}
          onClick={() => onLargeTextChange(!largeText)}
        >
          {t('toolbar.largeText')}
        </button>
      </div>
      <div className="button-row process-toolbar__files">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled || readOnly}
          onClick={() => fileInput.current?.click()}
        >
          {t('toolbar.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".bpmn,.xml,application/xml,text/xml"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFileChosen(file);
          }}
        />
        {(['bpmn', 'svg', 'png'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary button--small"
            disabled={disabled}
            onClick={() => exportAs(format)}
          >
            {t(
              format === 'bpmn'
                ? 'toolbar.exportBpmn'
                : format === 'svg'
                  ? 'toolbar.exportSvg'
                  : 'toolbar.exportPng',
            )}
          </button>
        ))}
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={disabled || readOnly}
          onClick={onRevert}
        >
          {t('toolbar.revert')}
        </button>
      </div>
    </div>
  );
}
