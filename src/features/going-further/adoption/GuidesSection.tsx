import { useMemo, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { guideDocument } from '../../../domain/going-further/adoption/documents';
import { roleExercises } from '../../../domain/going-further/adoption/exercises';
import { roleGuide } from '../../../domain/going-further/adoption/guide';
import { guideParts, withGuideParts } from '../../../domain/going-further/adoption/guideParts';
import { guidePictures } from '../../../domain/going-further/adoption/guidePictures';
import { pictureWording } from '../../../domain/going-further/adoption/guidePicturesWording';
import { formatDay } from '../../../domain/going-further/calendar/workingCalendar';
import { roleQuiz } from '../../../domain/going-further/adoption/quiz';
import { processRoleNames } from '../../../domain/going-further/adoption/roleSteps';
import { adoptionWording } from '../../../domain/going-further/adoption/wording';
import type { ProcessGraph } from '../../../domain/process/graph';
import { useEditorStore } from '../../../state/editorStore';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { SelectField } from '../../../ui/SelectField';
import { DiagramPicture, type Picture } from './DiagramPicture';
import { EditablePart } from './EditablePart';
import { QuizSection } from './QuizSection';
import { useAdoption, useDocumentLanguage } from './useAdoption';
import { usePlaceholderFields } from './usePrototypeParts';

const noScenarios: never[] = [];

function RoleGuideView({ graph, role }: { graph: ProcessGraph; role: string }) {
  const { t } = useTranslation('goingFurther-adoption');
  const tracking = useEditorStore((state) => state.prototype!.tracking);
  const scenarios = useEditorStore((state) => state.prototype?.scenarios ?? noScenarios);
  const { edits } = useAdoption();
  const language = useDocumentLanguage();
  const fields = usePlaceholderFields();
  const xml = useEditorStore((state) => state.prototype?.process.bpmnXml ?? '');
  const form = useEditorStore((state) => state.prototype!.form);
  const serviceName = useEditorStore((state) => state.prototype!.name);
  // The pictures' example request is submitted today: its promised date reads as a real one.
  const [submittedOn] = useState(() => formatDay(new Date()));
  // A picture drawn from an earlier diagram is dropped: the guide never shows a stale one.
  const [drawn, setDrawn] = useState<{ xml: string; picture: Picture }>();
  const picture = drawn?.xml === xml ? drawn.picture : null;
  const words = adoptionWording[language];
  const guide = useMemo(() => roleGuide(graph, tracking, role), [graph, tracking, role]);
  const quiz = useMemo(
    () => roleQuiz(guide, graph, tracking, words),
    [guide, graph, tracking, words],
  );
  const parts = useMemo(() => guideParts(guide, words, edits), [guide, words, edits]);
  const requester = useMemo(() => {
    const pictureWords = pictureWording[language];
    return {
      pictures: guidePictures(
        guide,
        { form, tracking, serviceName, submittedOn, fields, language },
        pictureWords,
        words,
      ),
      formCaption: pictureWords.formCaption,
      trackingCaption: pictureWords.trackingCaption,
    };
  }, [guide, form, tracking, serviceName, submittedOn, fields, language, words]);
  const document = useMemo(
    () =>
      guideDocument(
        withGuideParts(guide, parts),
        quiz,
        roleExercises(guide, scenarios, tracking),
        { words, language, fields },
        picture
          ? { intro: parts.intro.text, picture, requester }
          : { intro: parts.intro.text, requester },
      ),
    [guide, parts, quiz, scenarios, tracking, words, language, fields, picture, requester],
  );
  return (
    <>
      <section aria-labelledby="adoption-guide-edit" className="adoption__edit">
        <h3 id="adoption-guide-edit">{t('guides.editTitle')}</h3>
        <EditablePart
          label={t('guides.intro')}
          part={parts.intro}
          generated={parts.intro.generated}
        />
        {parts.checks.map(({ step, part }) => (
          <EditablePart
            key={step.id}
            label={t('guides.check', { step: step.name })}
            part={part}
            generated={part.generated}
          />
        ))}
      </section>
      {guide.steps.length > 0 && (
        <DiagramPicture
          role={role}
          stepIds={guide.steps.map((step) => step.id)}
          stepNames={guide.steps.map((step) => step.name)}
          picture={picture}
          onPicture={(next) => setDrawn({ xml, picture: next })}
        />
      )}
      <QuizSection key={role} role={role} items={quiz} />
      <section aria-labelledby="adoption-guide-document" className="adoption__document">
        <h3 id="adoption-guide-document">{t('guides.document')}</h3>
        <DocumentActions document={document} fileName={`guide-${role}`} />
        <DocumentView document={document} titleLevel={4} />
      </section>
    </>
  );
}

/** The training guides, one role at a time, drafted from the process as it is now. */
export function GuidesSection({ graph }: { graph: ProcessGraph }) {
  const { t } = useTranslation('goingFurther-adoption');
  const declared = useEditorStore((state) => state.prototype?.process.roles);
  const roles = useMemo(() => processRoleNames(graph, declared), [graph, declared]);
  const [chosen, setChosen] = useState<string>();
  const role = chosen !== undefined && roles.includes(chosen) ? chosen : roles[0];
  if (role === undefined) return <p>{t('guides.noRoles')}</p>;
  return (
    <>
      <SelectField
        label={t('guides.role')}
        value={role}
        options={roles.map((name) => ({ value: name, label: name }))}
        onChange={setChosen}
      />
      <RoleGuideView key={role} graph={graph} role={role} />
    </>
  );
}
