import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useEditorStore } from '../../../state/editorStore';
import type { Form } from '../../../domain/form/schema';
import { useSlotTitle } from '../slot/useSlotTitle';
import type { TypedAnswers } from './QuestionnaireAnswering';
import { setPreviewAnswers } from '../../../state/previewAnswers';
import { whenIdle } from '../../../ui/whenIdle';
import { setPreview, useDesigner } from '../state/designerStore';
import { PreviewForm, preloadPreviewForms } from './PreviewForm';

/**
 * The live preview: the form as the requester gets it, beside the canvas or over the whole
 * screen (a modal dialog: Escape leaves it). Its answers are published as sample answers.
 */
export const PreviewPane = memo(function PreviewPane({ form }: { form: Form }) {
  const { t } = useTranslation('form');
  const name = useEditorStore((state) => state.prototype?.name ?? '');
  const slot = useDesigner((state) => state.slot);
  const { title, preview } = useSlotTitle();
  const mode = useDesigner((state) => state.preview);
  const [run, setRun] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  // A questionnaire's or the evaluation form's answers: not sample answers for the messages,
  // but kept here, as the main form's are in their store, while the preview changes mode.
  const [typed] = useState<TypedAnswers>(() => {
    let answers: Record<string, unknown> = {};
    return { get: () => answers, set: (next) => void (answers = next) };
  });
  const slotKey = useDesigner((state) => JSON.stringify(state.slot));
  useEffect(() => () => typed.set({}), [slotKey, typed]);
  // Hidden, it is loaded once the designer is shown: showing it is then immediate.
  useEffect(() => whenIdle(preloadPreviewForms), []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (mode === 'full' && !element.open) element.showModal();
    if (mode !== 'full' && element.open) element.close();
  }, [mode]);

  if (mode === 'hidden') return null;
  const body = (
    <>
      <div className="fd-preview__header">
        <h2 id="fd-preview-title" className="fd-panel-title">
          {preview}
        </h2>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              if (slot.kind === 'main') setPreviewAnswers({});
              typed.set({});
              setRun((n) => n + 1);
            }}
          >
            {t('preview.reset')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setPreview(mode === 'full' ? 'side' : 'full')}
          >
            {mode === 'full' ? t('preview.exitFullscreen') : t('preview.fullscreen')}
          </button>
        </div>
      </div>
      {/* Going full screen and back keeps the answers typed so far. */}
      <PreviewForm
        key={`${mode}-${run}`}
        form={form}
        slot={slot}
        name={name}
        title={title}
        typed={typed}
      />
    </>
  );
  return mode === 'full' ? (
    <dialog
      ref={dialog}
      className="fd-preview fd-preview--full"
      aria-labelledby="fd-preview-title"
      onCancel={(event) => {
        event.preventDefault();
        setPreview('side');
      }}
    >
      {body}
    </dialog>
  ) : (
    <section className="fd-preview" aria-labelledby="fd-preview-title">
      {body}
    </section>
  );
});
