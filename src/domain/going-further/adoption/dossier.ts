import { communicationMoments } from './communicationDates';
import type { FabrikDocument } from '../../documents/model';
import { allFields } from '../../form/fields';
import { readProcessGraph } from '../../process/readGraph';
import type { PrototypeContent } from '../../prototype/schema';
import type { DocumentWords } from '../words';
import {
  communicationDocument,
  internalNoteDraft,
  internalNoteKey,
  keyMessagesDraft,
  keyMessagesKey,
} from './communication';
import { communicationWording } from './communicationWording';
import { resolvePart } from './edits';
import { faqDocument, guideDocument } from './documents';
import { evaluationDocument, evaluationWording } from './evaluation';
import { roleExercises } from './exercises';
import { faqDraft, type FaqEntry } from './faq';
import { roleGuides } from './guide';
import { guideParts, withGuideParts } from './guideParts';
import { pilotCoverage } from './pilotCoverage';
import { pilotCriteriaOf } from './pilotCriteriaOf';
import { criteriaLines, criteriaWording } from './pilotEndCriteria';
import { pilotReportDocument, resolvedReportParts } from './pilotReport';
import { pilotWays } from './pilotWays';
import { pilotWording } from './pilotWording';
import { withEvaluationForm, withSessionFeedback } from './questionnaire';
import { questionnaireWording } from './questionnaireWording';
import { roleQuiz } from './quiz';
import { supportDocument, supportWording } from './support';
import { trainingDocument, trainingWording } from './training';
import { adoptionWording, type DocumentLanguage } from './wording';

/**
 * The adoption part of a content, as the review's dossier shows it: a training guide per
 * role and the FAQ (drafted from the prototype, with the team's wording), then each part
 * the team worked on: support, training sessions, pilot report, communication, evaluation.
 * The documents are written in the language of the part's strings (`documentLanguage`).
 */
export async function adoptionDossier(
  content: PrototypeContent,
  words: DocumentWords,
): Promise<FabrikDocument[]> {
  const language: DocumentLanguage = words.t('documentLanguage') === 'en' ? 'en' : 'fr';
  const adoption = content.goingFurther?.adoption ?? {};
  const { tracking, form, scenarios = [], team } = content;
  const read = content.process.bpmnXml.trim()
    ? await readProcessGraph(content.process.bpmnXml)
    : undefined;
  const graph = read?.ok ? read.graph : null;
  const guideWords = adoptionWording[language];
  const fields = allFields(form).map(({ field }) => ({
    id: field.id,
    key: field.key,
    label: field.label,
  }));
  const guides = (graph ? roleGuides(graph, tracking, content.process.roles) : []).map((guide) => {
    const parts = guideParts(guide, guideWords, adoption.edits);
    return guideDocument(
      withGuideParts(guide, parts),
      graph ? roleQuiz(guide, graph, tracking, guideWords) : [],
      roleExercises(guide, scenarios, tracking),
      { words: guideWords, language, fields },
      { intro: parts.intro.text },
    );
  });
  const draft = faqDraft(form, tracking, content.exceptions, guideWords);
  const reworded = (list: FaqEntry[]) =>
    list.map((entry) => ({
      ...entry,
      answer: resolvePart(`faq:${entry.id}`, entry.answer, adoption.edits).text,
    }));
  const documents = [
    ...guides,
    faqDocument(
      {
        form: reworded(draft.form),
        statuses: reworded(draft.statuses),
        exceptions: reworded(draft.exceptions),
      },
      guideWords,
    ),
  ];
  if (adoption.support) {
    const faqCount = draft.form.length + draft.statuses.length + draft.exceptions.length;
    documents.push(
      supportDocument(
        adoption.support,
        { ...(content.impacts ? { impacts: content.impacts } : {}), faqCount },
        supportWording[language],
      ),
    );
  }
  if (adoption.training) {
    const plan = trainingWording[language];
    documents.push(
      withSessionFeedback(
        trainingDocument(adoption.training.sessions, { team, scenarios }, plan),
        adoption.training.sessions,
        plan.noRole,
        questionnaireWording[language],
      ),
    );
  }
  if (adoption.pilot) {
    const report = pilotWording[language];
    const coverage = pilotCoverage(adoption.pilot, pilotWays(form, graph).ways);
    const parts = resolvedReportParts(adoption.pilot, coverage, report, adoption.edits);
    const criteria = criteriaLines(
      pilotCriteriaOf(content, adoption.pilot, graph, language),
      criteriaWording[language],
    );
    documents.push(pilotReportDocument(adoption.pilot, coverage, parts, report, criteria));
  }
  if (adoption.communication) {
    const plan = communicationWording[language];
    const source = {
      name: content.name,
      purpose: content.purpose,
      tracking,
      ...(content.frame ? { frame: content.frame } : {}),
    };
    const note = resolvePart(internalNoteKey, internalNoteDraft(source, plan), adoption.edits);
    const messages = resolvePart(keyMessagesKey, keyMessagesDraft(source, plan), adoption.edits);
    const moments = communicationMoments(
      content.goingFurther?.operations?.operations ?? [],
      content.goingFurther?.calendar,
    );
    documents.push(
      communicationDocument(
        adoption.communication.audiences,
        { note: note.text, messages: messages.text },
        plan,
        moments,
      ),
    );
  }
  if (adoption.evaluation || adoption.evaluationForm) {
    documents.push(
      withEvaluationForm(
        evaluationDocument(
          content.frame?.objectives ?? [],
          adoption.evaluation ?? {},
          evaluationWording[language],
        ),
        adoption.evaluationForm,
        questionnaireWording[language],
      ),
    );
  }
  return documents;
}
