import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { setPilotText } from '../../../domain/going-further/adoption/commands';
import { pilotCoverage } from '../../../domain/going-further/adoption/pilotCoverage';
import { pilotCriteriaOf } from '../../../domain/going-further/adoption/pilotCriteriaOf';
import {
  criteriaLines,
  criteriaMismatches,
  criteriaWording,
} from '../../../domain/going-further/adoption/pilotEndCriteria';
import { emptyPilot } from '../../../domain/going-further/adoption/pilotChanges';
import { pilotWays } from '../../../domain/going-further/adoption/pilotWays';
import { pilotWording } from '../../../domain/going-further/adoption/pilotWording';
import { ADOPTION_TEXT_MAX } from '../../../domain/going-further/adoption/vocabulary';
import type { ProcessGraph } from '../../../domain/process/graph';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { TextField } from '../../../ui/TextField';
import { feedbackTargets } from './feedbackTargets';
import { PilotCoverageView } from './PilotCoverageView';
import { PilotFeedbackPart } from './PilotFeedbackPart';
import { PilotParticipants } from './PilotParticipants';
import { PilotProfiles } from './PilotProfiles';
import { PilotReportPart } from './PilotReportPart';
import { useAdoption, useDocumentLanguage } from './useAdoption';

const noPilot = emptyPilot();

/**
 * The pilot: profiles and the ways each will try (warned about when a way is tried by
 * nobody), participants, support and feedback channels, feedback, then the report with
 * the pilot's end criteria checked from the data (and the calendar's ticks they contradict).
 */
export function PilotSection({ graph }: { graph: ProcessGraph | null }) {
  const { t } = useTranslation('goingFurther-adoption');
  const { pilot = noPilot, edits } = useAdoption();
  const prototype = useEditorStore((state) => state.prototype!);
  const { form, tracking } = prototype;
  const language = useDocumentLanguage();
  const words = pilotWording[language];
  const ways = useMemo(() => pilotWays(form, graph), [form, graph]);
  const coverage = useMemo(() => pilotCoverage(pilot, ways.ways), [pilot, ways]);
  const targets = useMemo(() => feedbackTargets(form, graph, tracking), [form, graph, tracking]);
  const criteriaWords = criteriaWording[language];
  const checks = useMemo(
    () => pilotCriteriaOf(prototype, pilot, graph, language),
    [prototype, pilot, graph, language],
  );
  const mismatches = criteriaMismatches(
    checks,
    prototype.goingFurther?.calendar?.pilotCriteria ?? {},
    criteriaWords,
  );
  return (
    <>
      <PilotProfiles profiles={pilot.profiles} ways={ways} coverage={coverage} words={words} />
      <PilotParticipants pilot={pilot} />
      <PilotCoverageView coverage={coverage} words={words} />
      <section aria-labelledby="adoption-support">
        <h3 id="adoption-support">{t('pilot.support')}</h3>
        <TextField
          label={t('pilot.support')}
          value={pilot.support}
          maxLength={ADOPTION_TEXT_MAX}
          multiline
          onChange={(text) => execute(setPilotText({ part: 'support', text }))}
        />
        <TextField
          label={t('pilot.channels')}
          value={pilot.channels}
          maxLength={ADOPTION_TEXT_MAX}
          multiline
          onChange={(text) => execute(setPilotText({ part: 'channels', text }))}
        />
      </section>
      <PilotFeedbackPart feedback={pilot.feedback} targets={targets} />
      {mismatches.length > 0 && (
        <div className="banner banner--warning" role="alert">
          <ul>
            {mismatches.map((mismatch) => (
              <li key={mismatch}>{mismatch}</li>
            ))}
          </ul>
        </div>
      )}
      <PilotReportPart
        pilot={pilot}
        coverage={coverage}
        words={words}
        edits={edits}
        criteria={criteriaLines(checks, criteriaWords)}
      />
    </>
  );
}
