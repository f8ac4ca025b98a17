import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useReadProcessGraph } from '../../../state/processGraph';
import './adoption.css';
import { CommunicationSection } from './CommunicationSection';
import { EvaluationSection } from './EvaluationSection';
import { FaqSection } from './FaqSection';
import { GuidesSection } from './GuidesSection';
import './i18n';
import { PilotSection } from './PilotSection';
import { SupportSection } from './SupportSection';
import { TrainingSection } from './TrainingSection';

const sections = [
  'guides',
  'training',
  'faq',
  'support',
  'pilot',
  'communication',
  'evaluation',
] as const;
type Section = (typeof sections)[number];

const sectionKey = 'fabrik:adoption-section';

/** The section shown last in this browser (session state): coming back from the form designer finds it again. */
function initialSection(): Section {
  try {
    const stored = sessionStorage.getItem(sectionKey);
    return sections.find((id) => id === stored) ?? 'guides';
  } catch {
    return 'guides';
  }
}

/** The guides need the process read; until then, or when it cannot be, they say why. */
function Guides() {
  const { t } = useTranslation('goingFurther-adoption');
  const process = useReadProcessGraph();
  if (process.state === 'empty') return <p>{t('noProcess')}</p>;
  if (process.state === 'error')
    return (
      <p className="banner banner--error">{t('processUnreadable', { error: process.error })}</p>
    );
  if (!process.shown) return <p role="status">{t('readingProcess')}</p>;
  return <GuidesSection graph={process.shown} />;
}

function Pilot() {
  const process = useReadProcessGraph();
  return <PilotSection graph={process.shown} />;
}

function Training() {
  const process = useReadProcessGraph();
  return <TrainingSection graph={process.shown} />;
}

function Communication() {
  const process = useReadProcessGraph();
  return <CommunicationSection graph={process.shown} />;
}

/**
 * Adoption, in « Pour aller plus loin »: the training guides per role with their quiz, the
 * training sessions, the requesters' FAQ, support and digital inclusion, the pilot with
 * its report, the communication plan and the evaluation after launch, all drafted from
 * the prototype.
 */
export default function AdoptionPart() {
  const { t } = useTranslation('goingFurther-adoption');
  const [section, setShown] = useState<Section>(initialSection);
  const setSection = (id: Section) => {
    setShown(id);
    try {
      sessionStorage.setItem(sectionKey, id);
    } catch {
      // The choice then lasts until the part is left.
    }
  };
  return (
    <section aria-labelledby="going-further-part" className="adoption">
      <h2 id="going-further-part">{t('title')}</h2>
      <p className="field__help">{t('intro')}</p>
      <nav aria-label={t('sections')} className="adoption__nav">
        <ul>
          {sections.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="going-further__tab"
                aria-current={id === section ? 'true' : undefined}
                onClick={() => setSection(id)}
              >
                {t(`sectionNames.${id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'guides' && <Guides />}
      {section === 'training' && <Training />}
      {section === 'faq' && <FaqSection />}
      {section === 'support' && <SupportSection />}
      {section === 'pilot' && <Pilot />}
      {section === 'communication' && <Communication />}
      {section === 'evaluation' && <EvaluationSection />}
    </section>
  );
}
