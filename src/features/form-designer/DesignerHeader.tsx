import { memo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import { formToJsonSchema } from '../../domain/form/jsonSchema';
import { bundleFileName } from '../../domain/bundle/fileName';
import { useEditorStore } from '../../state/editorStore';
import { downloadFile } from '../../ui/download';
import { selectField, selectPage, focusRow } from './actions';
import type { FormAnalysis } from './canvas/analysis';
import { designedForm } from './state/designedForm';
import { setPreview, useDesigner } from './state/designerStore';
import { useSlotTitle } from './slot/useSlotTitle';

/** The next item after the selection in a list of ids, wrapping around. */
function nextOf<T extends { id: string }>(
  items: readonly T[],
  selectedId: string | undefined,
): T | undefined {
  const at = items.findIndex((item) => item.id === selectedId);
  return items[(at + 1) % items.length];
}

/** The form being designed alone, as JSON Schema; another form than the main one is named by its title. */
function exportJsonSchema(title: string) {
  const prototype = useEditorStore.getState().prototype;
  const form = designedForm();
  if (!prototype || !form) return;
  const main = useDesigner.getState().slot.kind === 'main';
  const name = main ? prototype.name : `${prototype.name} — ${title}`;
  const schema = formToJsonSchema(form, name);
  const fileName = bundleFileName(name, new Date()).replace(/\.fabrik\.json$/, '.schema.json');
  downloadFile(fileName, `${JSON.stringify(schema, null, 2)}\n`, 'application/schema+json');
}

/** The step's title, what the form asks and lacks, the preview and the export. */
export const DesignerHeader = memo(function DesignerHeader({
  analysis,
}: {
  analysis: FormAnalysis;
}) {
  const { t } = useTranslation('form');
  const preview = useDesigner((state) => state.preview);
  const selectedId = useDesigner((state) => state.selection?.id);
  const main = useDesigner((state) => state.slot.kind === 'main');
  const { title, intro } = useSlotTitle();
  const go = (target: { kind: 'field' | 'page'; id: string } | undefined) => {
    if (!target) return;
    if (target.kind === 'page') selectPage(target.id);
    else {
      selectField(target.id);
      focusRow(target.id);
    }
  };
  return (
    <header className="fd-header">
      <div>
        <h1>{title}</h1>
        <p className="fd-intro">{intro}</p>
        {!main && (
          <p>
            <Link href="/going-further">{t('slot.back')}</Link>
          </p>
        )}
      </div>
      <div className="fd-header__status">
        <p className="fd-counts">
          <span>{t('counts', { count: analysis.questions })}</span>
          {analysis.unjustified.length > 0 && (
            <CountWithNext
              tone="warning"
              text={t('unjustified', { count: analysis.unjustified.length })}
              nextLabel={t('goToNextUnjustified')}
              onNext={() =>
                go(
                  nextOf(
                    analysis.unjustified.map((id) => ({ kind: 'field' as const, id })),
                    selectedId,
                  ),
                )
              }
            />
          )}
          {analysis.problems.length > 0 && (
            <CountWithNext
              tone="error"
              text={t('problems', { count: analysis.problems.length })}
              nextLabel={t('goToNextProblem')}
              onNext={() => go(nextOf(analysis.problems, selectedId))}
            />
          )}
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setPreview(preview === 'hidden' ? 'side' : 'hidden')}
          >
            {preview === 'hidden' ? t('preview.show') : t('preview.hide')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setPreview('full')}
          >
            {t('preview.fullscreen')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            title={t('exportSchemaTitle')}
            onClick={() => exportJsonSchema(title)}
          >
            {t('exportSchema')}
          </button>
        </div>
      </div>
    </header>
  );
});

/** A count of things to look at, with a button that selects the next one. */
function CountWithNext({
  tone,
  text,
  nextLabel,
  onNext,
}: {
  tone: 'warning' | 'error';
  text: string;
  nextLabel: string;
  onNext: () => void;
}) {
  const { t } = useTranslation('form');
  return (
    <span className="fd-counts__item">
      <span className={`fd-badge fd-badge--${tone}`}>{text}</span>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-label={nextLabel}
        onClick={onNext}
      >
        {t('goToNext')}
      </button>
    </span>
  );
}
