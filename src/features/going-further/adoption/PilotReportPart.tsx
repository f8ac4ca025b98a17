import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { PilotCoverage } from '../../../domain/going-further/adoption/pilotCoverage';
import {
  pilotReportDocument,
  pilotReportParts,
  resolvedReportParts,
} from '../../../domain/going-further/adoption/pilotReport';
import type { PilotWording } from '../../../domain/going-further/adoption/pilotWording';
import type { EditedPart, Pilot } from '../../../domain/going-further/adoption/schema';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { EditablePart } from './EditablePart';

/** The pilot report, drafted from the recorded pilot; its conclusions may be reworded. */
export function PilotReportPart({
  pilot,
  coverage,
  words,
  edits,
  criteria,
}: {
  pilot: Pilot;
  coverage: PilotCoverage;
  words: PilotWording;
  edits: EditedPart[] | undefined;
  /** The pilot's end criteria checked from the recorded data, one line each. */
  criteria: string[];
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const parts = resolvedReportParts(pilot, coverage, words, edits);
  const document = pilotReportDocument(pilot, coverage, parts, words, criteria);
  return (
    <section aria-labelledby="adoption-report" className="adoption__document">
      <h3 id="adoption-report">{t('pilot.report')}</h3>
      {pilotReportParts.map((name) => (
        <EditablePart
          key={name}
          label={t(`pilot.reportParts.${name}`)}
          part={parts[name]}
          generated={parts[name].generated}
        />
      ))}
      <DocumentActions document={document} fileName="bilan-pilote" />
      <DocumentView document={document} titleLevel={4} />
    </section>
  );
}
