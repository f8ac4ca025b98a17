import { defineCommand } from '../../commands';
import type { Prototype } from '../../prototype/schema';
import { dropEditedPart, editPart, keepEditedPart } from './edits';
import * as communication from './communicationChanges';
import * as evaluation from './evaluationChanges';
import * as pilot from './pilotChanges';
import * as questionnaire from './questionnaireChanges';
import * as support from './supportChanges';
import * as training from './trainingChanges';
import type { Adoption } from './schema';

/**
 * The adoption part's changes as undoable commands: each applies a pure change to the
 * prototype's adoption, created on the first change, and is a no-op when nothing differs.
 */
function withAdoption(prototype: Prototype, change: (adoption: Adoption) => Adoption): Prototype {
  const goingFurther = prototype.goingFurther ?? {};
  const current = goingFurther.adoption ?? {};
  const next = change(current);
  return next === current
    ? prototype
    : { ...prototype, goingFurther: { ...goingFurther, adoption: next } };
}

function command<Args>(
  name: string,
  change: (adoption: Adoption, args: Args) => Adoption,
  mergeKeyOf?: (args: Args) => string,
) {
  return defineCommand<Args>(
    name,
    (prototype, args) => withAdoption(prototype, (a) => change(a, args)),
    mergeKeyOf,
  );
}

/** Typing in one part is one undo step. */
export const editAdoptionPart = command('editAdoptionPart', editPart, ({ key }) => key);
export const keepAdoptionPart = command('keepAdoptionPart', keepEditedPart);
export const dropAdoptionPart = command('dropAdoptionPart', dropEditedPart);

export const setPilotText = command('setPilotText', pilot.setPilotText, ({ part }) => part);
export const addPilotProfile = command('addPilotProfile', pilot.addPilotProfile);
export const renamePilotProfile = command(
  'renamePilotProfile',
  pilot.renamePilotProfile,
  ({ id }) => id,
);
export const setProfileCovers = command('setProfileCovers', pilot.setProfileCovers);
export const removePilotProfile = command('removePilotProfile', pilot.removePilotProfile);
export const addPilotParticipants = command('addPilotParticipants', pilot.addPilotParticipants);
export const updatePilotParticipant = command(
  'updatePilotParticipant',
  pilot.updatePilotParticipant,
  ({ id, changes }) => `${id}:${Object.keys(changes).sort().join(',')}`,
);
export const removePilotParticipant = command(
  'removePilotParticipant',
  pilot.removePilotParticipant,
);
export const addPilotFeedback = command('addPilotFeedback', pilot.addPilotFeedback);
export const updatePilotFeedback = command(
  'updatePilotFeedback',
  pilot.updatePilotFeedback,
  ({ id, changes }) => `${id}:${Object.keys(changes).sort().join(',')}`,
);
export const markFeedbackAnswered = command('markFeedbackAnswered', pilot.markFeedbackAnswered);
export const removePilotFeedback = command('removePilotFeedback', pilot.removePilotFeedback);

export const addAudiences = command('addAudiences', communication.addAudiences);
export const updateAudience = command(
  'updateAudience',
  communication.updateAudience,
  ({ id, changes }) => `${id}:${Object.keys(changes).sort().join(',')}`,
);
export const removeAudience = command('removeAudience', communication.removeAudience);

export const answerEvaluation = command(
  'answerEvaluation',
  evaluation.answerEvaluation,
  ({ term, question }) => `${term}:${question}`,
);
export const reviewObjective = command(
  'reviewObjective',
  evaluation.reviewObjective,
  ({ term, objectiveId, changes }) =>
    `${term}:${objectiveId}:${Object.keys(changes).sort().join(',')}`,
);

export const addSession = command('addSession', training.addSession);
export const updateSession = command(
  'updateSession',
  training.updateSession,
  ({ id, changes }) => `${id}:${Object.keys(changes).sort().join(',')}`,
);
export const removeSession = command('removeSession', training.removeSession);

export const setRequesterSupport = command('setRequesterSupport', support.setRequesterSupport);
export const setAgentSupport = command('setAgentSupport', support.setAgentSupport, () => 'agents');
export const addInclusionHelps = command('addInclusionHelps', support.addInclusionHelps);
export const setInclusionDetails = command(
  'setInclusionDetails',
  support.setInclusionDetails,
  ({ kind }) => kind,
);
export const removeInclusionHelp = command('removeInclusionHelp', support.removeInclusionHelp);

export const createQuestionnaire = command(
  'createQuestionnaire',
  questionnaire.createQuestionnaire,
);
export const recordQuestionnaireResponse = command(
  'recordQuestionnaireResponse',
  questionnaire.recordResponse,
);
export const updateSessionRemark = command(
  'updateSessionRemark',
  questionnaire.updateRemark,
  ({ sessionId, id, changes }) => `${sessionId}:${id}:${Object.keys(changes).sort().join(',')}`,
);
export const removeSessionRemark = command('removeSessionRemark', questionnaire.removeRemark);
export const createEvaluationForm = command(
  'createEvaluationForm',
  questionnaire.createEvaluationForm,
);
