import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import './frame.css';
import './i18n';
import { FrameDocument } from './FrameDocument';
import { HowMuchPart, WhyPart } from './HowMuchWhyParts';
import { AgentImpactsPart, BudgetImpactsPart, RequesterImpactsPart } from './ImpactsParts';
import { OpenQuestions } from './OpenQuestions';
import { HowPart, WhatPart, WhenPart, WherePart } from './WhatWhereWhenHow';
import { WhoPart } from './WhoPart';

/**
 * The project frame (QQOQCCP) and the impacts of the change, drafted before the workshops.
 * Every answer is saved as it is typed; what is missing stays among the open questions.
 */
export default function FrameScreen() {
  const { t } = useTranslation('frame');
  // Session state: which view is shown is this browser's, never the prototype's.
  const [reading, setReading] = useState(false);
  return (
    <section className="page frame">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="button-row frame__views" role="group" aria-label={t('document.view')}>
        <button
          type="button"
          className={reading ? 'button button--secondary' : 'button'}
          aria-pressed={!reading}
          onClick={() => setReading(false)}
        >
          {t('document.edit')}
        </button>
        <button
          type="button"
          className={reading ? 'button' : 'button button--secondary'}
          aria-pressed={reading}
          onClick={() => setReading(true)}
        >
          {t('document.read')}
        </button>
      </div>
      {reading ? <FrameDocument /> : <FrameForm />}
    </section>
  );
}

/** The frame's questions, part by part, each answer saved as it is typed. */
function FrameForm() {
  const { t } = useTranslation('frame');
  return (
    <>
      <OpenQuestions />
      <WhoPart />
      <WhatPart />
      <WherePart />
      <WhenPart />
      <HowPart />
      <HowMuchPart />
      <WhyPart />
      <section className="frame__impacts" aria-labelledby="frame-impacts">
        <h2 id="frame-impacts">{t('parts.impacts')}</h2>
        <p className="field__help">{t('impacts.intro')}</p>
        <AgentImpactsPart />
        <RequesterImpactsPart />
        <BudgetImpactsPart />
      </section>
    </>
  );
}
