import { useMemo, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { helpKinds } from '../../../domain/frame/lists';
import type { HelpKind } from '../../../domain/frame/schema';
import {
  addInclusionHelps,
  removeInclusionHelp,
  setAgentSupport,
  setInclusionDetails,
  setRequesterSupport,
} from '../../../domain/going-further/adoption/commands';
import { faqDraft } from '../../../domain/going-further/adoption/faq';
import {
  ADOPTION_TEXT_MAX,
  requesterSupportKinds,
} from '../../../domain/going-further/adoption/vocabulary';
import {
  inclusionGaps,
  supportDocument,
  supportWording,
} from '../../../domain/going-further/adoption/support';
import { emptySupport } from '../../../domain/going-further/adoption/supportChanges';
import { adoptionWording } from '../../../domain/going-further/adoption/wording';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useAdoption, useDocumentLanguage } from './useAdoption';

const noSupport = emptySupport();

/**
 * Support to requesters and agents, and the digital-inclusion plan, checked against the
 * impacts on requesters the project frame anticipated.
 */
export function SupportSection() {
  const { t } = useTranslation('goingFurther-adoption');
  const prototype = useEditorStore((state) => state.prototype!);
  const { support = noSupport } = useAdoption();
  const language = useDocumentLanguage();
  const words = supportWording[language];
  const [toAdd, setToAdd] = useState<HelpKind | ''>('');
  const { form, tracking, exceptions, impacts } = prototype;
  const faqCount = useMemo(() => {
    const draft = faqDraft(form, tracking, exceptions, adoptionWording[language]);
    return draft.form.length + draft.statuses.length + draft.exceptions.length;
  }, [form, tracking, exceptions, language]);
  const gaps = inclusionGaps(support, impacts, words);
  const planned = impacts?.requesters.help ?? [];
  const addable = helpKinds.filter((kind) => !support.inclusion.some((help) => help.kind === kind));
  const chosen = addable.includes(toAdd as HelpKind) ? toAdd : '';
  const document = supportDocument(support, { ...(impacts ? { impacts } : {}), faqCount }, words);
  return (
    <>
      <fieldset className="adoption__ways">
        <legend>{t('support.requesters')}</legend>
        {requesterSupportKinds.map((kind) => (
          <label key={kind} className="adoption__option">
            <input
              type="checkbox"
              checked={support.requesters.includes(kind)}
              onChange={(event) =>
                execute(setRequesterSupport({ kind, offered: event.target.checked }))
              }
            />{' '}
            {words.requesterKinds[kind]}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('support.agents')}
        value={support.agents}
        maxLength={ADOPTION_TEXT_MAX}
        multiline
        onChange={(text) => execute(setAgentSupport({ text }))}
      />
      <section aria-labelledby="adoption-inclusion">
        <h3 id="adoption-inclusion">{t('support.inclusion')}</h3>
        {support.inclusion.map((help) => (
          <div key={help.kind} className="adoption__part">
            <TextField
              label={t('support.details', { help: words.helpKinds[help.kind] })}
              value={help.details}
              maxLength={ADOPTION_TEXT_MAX}
              multiline
              rows={2}
              onChange={(details) => execute(setInclusionDetails({ kind: help.kind, details }))}
            />
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => execute(removeInclusionHelp({ kind: help.kind }))}
            >
              {t('support.remove', { help: words.helpKinds[help.kind] })}
            </button>
          </div>
        ))}
        {addable.length > 0 && (
          <div className="adoption__row">
            <SelectField
              label={t('support.addHelp')}
              value={chosen}
              options={[
                { value: '', label: t('support.chooseHelp') },
                ...addable.map((kind) => ({ value: kind, label: words.helpKinds[kind] })),
              ]}
              onChange={setToAdd}
            />
            <button
              type="button"
              className="button button--secondary"
              disabled={chosen === ''}
              onClick={() => chosen && execute(addInclusionHelps({ kinds: [chosen] }))}
            >
              {t('support.add')}
            </button>
            {planned.some((kind) => addable.includes(kind)) && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => execute(addInclusionHelps({ kinds: [...planned] }))}
              >
                {t('support.fromFrame')}
              </button>
            )}
          </div>
        )}
        {gaps.length > 0 && (
          <div className="banner banner--warning">
            <p>{t('support.gaps')}</p>
            <ul>
              {gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section aria-label={document.title} className="adoption__document">
        <DocumentActions document={document} fileName="support-et-inclusion" />
        <DocumentView document={document} titleLevel={3} />
      </section>
    </>
  );
}
