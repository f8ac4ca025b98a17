import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { faqDocument } from '../../../domain/going-further/adoption/documents';
import { resolvePart } from '../../../domain/going-further/adoption/edits';
import { faqDraft, type FaqDraft, type FaqEntry } from '../../../domain/going-further/adoption/faq';
import { adoptionWording } from '../../../domain/going-further/adoption/wording';
import { useEditorStore } from '../../../state/editorStore';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { EditablePart } from './EditablePart';
import { useAdoption, useDocumentLanguage } from './useAdoption';

export const faqKey = (entry: FaqEntry) => `faq:${entry.id}`;

/**
 * The FAQ drafted for requesters from the form's help texts, the statuses' explanations
 * and the exceptions set aside; each answer may be reworded and is kept over regeneration.
 */
export function FaqSection() {
  const { t } = useTranslation('goingFurther-adoption');
  const prototype = useEditorStore((state) => state.prototype!);
  const { edits } = useAdoption();
  const words = adoptionWording[useDocumentLanguage()];
  const { form, tracking, exceptions } = prototype;
  const draft = useMemo(
    () => faqDraft(form, tracking, exceptions, words),
    [form, tracking, exceptions, words],
  );
  const entries = [...draft.form, ...draft.statuses, ...draft.exceptions].map((entry) => ({
    entry,
    part: resolvePart(faqKey(entry), entry.answer, edits),
  }));
  const answers = new Map(entries.map(({ entry, part }) => [entry.id, part.text]));
  const reworded = (list: FaqEntry[]) =>
    list.map((entry) => ({ ...entry, answer: answers.get(entry.id) ?? entry.answer }));
  const shown: FaqDraft = {
    form: reworded(draft.form),
    statuses: reworded(draft.statuses),
    exceptions: reworded(draft.exceptions),
  };
  const document = faqDocument(shown, words);
  return (
    <>
      <section aria-labelledby="adoption-faq-edit" className="adoption__edit">
        <h3 id="adoption-faq-edit">{t('faq.editTitle')}</h3>
        {entries.length === 0 && <p>{t('faq.empty')}</p>}
        {entries.map(({ entry, part }) => (
          <EditablePart
            key={entry.id}
            label={t('faq.answer', { question: entry.question })}
            part={part}
            generated={entry.answer}
          />
        ))}
      </section>
      <section aria-label={document.title} className="adoption__document">
        <DocumentActions document={document} fileName="faq" />
        <DocumentView document={document} titleLevel={3} />
      </section>
    </>
  );
}
