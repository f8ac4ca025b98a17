import { z } from 'zod';
import { formSchema } from '../../form/schema';
import { helpKinds } from '../../frame/lists';
import { editedPartSchema } from '../editedPartSchema';
import {
  ADOPTION_TEXT_MAX,
  AUDIENCES_MAX,
  communicationChannels,
  communicationScopes,
  evaluationQuestions,
  evaluationTerms,
  feedbackKinds,
  feedbackPriorities,
  feedbackStatuses,
  feedbackTargetKinds,
  ITEMS_MAX,
  objectiveOutcomes,
  PARTICIPANTS_MAX,
  remarkChangeKinds,
  requesterSupportKinds,
  RESPONSES_MAX,
  sessionLevels,
  SESSIONS_MAX,
} from './vocabulary';

export type {
  CommunicationChannel,
  EvaluationQuestion,
  EvaluationTerm,
  FeedbackPriority,
  RemarkChangeKind,
  RequesterSupportKind,
  SessionLevel,
} from './vocabulary';

/**
 * Adoption, in « Pour aller plus loin »: the team's own wording of the drafted documents
 * (training guides, FAQ, pilot report) and the pilot. Every part is optional, so a file
 * made before any of it existed opens and hashes unchanged.
 */

const text = z.string().max(ADOPTION_TEXT_MAX);
const id = z.string().min(1).max(200);

/** A group of pilot participants alike, and the ways of the service they will try. */
export const pilotProfileSchema = z.object({
  id,
  /** Who they are: « Particulier à l’aise en ligne », « Agent d’accueil »… */
  name: z.string().max(200),
  /**
   * The ways they will try: process paths (`path:<element ids joined by >>`) and ways of
   * the form's conditions (`<owner id>:<visibleWhen|requiredWhen>:<met|unmet>`).
   */
  covers: z.array(z.string().min(1).max(4000)).max(ITEMS_MAX),
});

export const pilotParticipantSchema = z.object({
  id,
  name: z.string().max(200),
  /** The profile they belong to (a profile's id); absent until chosen. */
  profileId: id.optional(),
});

/** A remark or an anomaly from the pilot, tied to what it concerns. */
export const pilotFeedbackSchema = z.object({
  id,
  kind: z.enum(feedbackKinds),
  text,
  /** What it concerns; `label` is kept in case the target is deleted. */
  target: z
    .object({ kind: z.enum(feedbackTargetKinds), id, label: z.string().max(500) })
    .optional(),
  priority: z.enum(feedbackPriorities),
  status: z.enum(feedbackStatuses),
  /** Once accepted, the change it leads to in the prototype; absent until written. */
  change: text.optional(),
  /** When it was recorded, ISO 8601. */
  createdAt: z.string().max(40),
});

export const pilotSchema = z.object({
  profiles: z.array(pilotProfileSchema).max(ITEMS_MAX),
  participants: z.array(pilotParticipantSchema).max(PARTICIPANTS_MAX),
  /** Who supports the participants during the pilot, and how to reach them. */
  support: text,
  /** How feedback is gathered: surveys, interviews, workshops… */
  channels: text,
  feedback: z.array(pilotFeedbackSchema).max(ITEMS_MAX),
});

/** One target audience of the communication plan. */
export const audienceSchema = z.object({
  id,
  /** Who: « Conseil municipal », « Familles »… */
  name: z.string().max(200),
  /** Inside the organisation (authorities, agents) or outside (requesters, partners). */
  scope: z.enum(communicationScopes),
  /** What the communication should bring about for them. */
  results: text,
  /** What they know and expect today. */
  context: text,
  /** Their own key messages; empty: the plan's key messages. */
  messages: text,
  channels: z.array(z.enum(communicationChannels)).max(communicationChannels.length),
  /** Who speaks to them best: the mayor, a director, a counter agent… */
  messenger: z.string().max(200),
  /** When, YYYY-MM-DD, or empty until planned. */
  date: z.union([z.literal(''), z.iso.date()]),
});

export const communicationSchema = z.object({
  audiences: z.array(audienceSchema).max(AUDIENCES_MAX),
});

/** Where one objective of the project frame stands at one term. */
export const objectiveReviewSchema = z.object({
  /** The frame's objective (its id). */
  objectiveId: id,
  /** The value of its indicator observed. */
  observed: z.string().max(500),
  outcome: z.enum(objectiveOutcomes).optional(),
  /** Why it was not (fully) reached. */
  why: text,
});

/** The evaluation at one term: the method's questions, and the frame's objectives. */
export const evaluationTermSchema = z.object({
  answers: z.partialRecord(z.enum(evaluationQuestions), text),
  objectives: z.array(objectiveReviewSchema).max(ITEMS_MAX),
});

export const evaluationSchema = z.partialRecord(z.enum(evaluationTerms), evaluationTermSchema);

/** One answer of a recorded response, kept as read: later edits of the questionnaire change nothing. */
export const questionnaireAnswerSchema = z.object({
  /** The question's label when it was answered. */
  question: z.string().max(ADOPTION_TEXT_MAX),
  /** The answer in words (a choice's label, « Oui », a typed text). */
  answer: text,
});

/** One answer set sent from the questionnaire's preview. */
export const questionnaireResponseSchema = z.object({
  id,
  /** When it was sent, ISO 8601. */
  at: z.string().max(40),
  answers: z.array(questionnaireAnswerSchema).max(ITEMS_MAX),
});

/** A trainee's remark (a free text of a response), with what the team made of it. */
export const sessionRemarkSchema = z.object({
  id,
  /** The response it comes from (its id). */
  responseId: id.optional(),
  /** The question it answers, as worded when answered. */
  question: z.string().max(ADOPTION_TEXT_MAX),
  /** The trainee's words. */
  text,
  /** What the team understands from it. */
  analysis: text,
  priority: z.enum(feedbackPriorities),
  /** Where the change it leads to is made; absent while none is decided. */
  changeTo: z.enum(remarkChangeKinds).optional(),
  /** For a change to the prototype: the field, step, status or message concerned. */
  target: z
    .object({ kind: z.enum(feedbackTargetKinds), id, label: z.string().max(500) })
    .optional(),
  /** The change itself, told to the trainees in the note of what changed. */
  change: text.optional(),
});

/** A session's feedback loop: the questionnaire (a form), its responses, their remarks. */
export const sessionFeedbackSchema = z.object({
  /** Built in Fabrik's form designer, answered in its preview. */
  form: formSchema,
  responses: z.array(questionnaireResponseSchema).max(RESPONSES_MAX),
  remarks: z.array(sessionRemarkSchema).max(ITEMS_MAX),
});

/** One training session of a role. */
export const trainingSessionSchema = z.object({
  id,
  /** The process role trained. */
  role: z.string().max(200),
  /** Collective session, individual path or e-learning. */
  level: z.enum(sessionLevels),
  /** When, YYYY-MM-DD, or empty until planned. */
  date: z.union([z.literal(''), z.iso.date()]),
  /** Team members attending (their ids). */
  attendeeIds: z.array(id).max(PARTICIPANTS_MAX),
  /** Other people attending, one a line. */
  others: text,
  /** The saved scenarios played as exercises (their ids). */
  exerciseIds: z.array(id).max(ITEMS_MAX),
  /** The trainees' feedback questionnaire, its answers and remarks; absent until created. */
  feedback: sessionFeedbackSchema.optional(),
});

export const trainingSchema = z.object({
  sessions: z.array(trainingSessionSchema).max(SESSIONS_MAX),
});

/** One help of the digital-inclusion plan (the kinds the impacts of the frame name). */
export const inclusionHelpSchema = z.object({
  kind: z.enum(helpKinds),
  /** Where, when and by whom: « Guichet de la mairie, lundi au vendredi 9 h – 12 h ». */
  details: text,
});

export const supportSchema = z.object({
  requesters: z.array(z.enum(requesterSupportKinds)).max(requesterSupportKinds.length),
  /** The support agents get: who answers their questions, how. */
  agents: text,
  inclusion: z.array(inclusionHelpSchema).max(helpKinds.length),
});

export const adoptionSchema = z.object({
  /** The generated parts the team reworded, across the adoption documents. */
  edits: z.array(editedPartSchema).max(ITEMS_MAX).optional(),
  /** The pilot phase: participants, support, feedback; absent until planned. */
  pilot: pilotSchema.optional(),
  /** The communication plan's audiences; absent until the first one. */
  communication: communicationSchema.optional(),
  /** The support to requesters and agents, and the digital-inclusion plan; absent until begun. */
  support: supportSchema.optional(),
  /** The training sessions; absent until the first one. */
  training: trainingSchema.optional(),
  /** The evaluation after launch, at short and mid term; absent until begun. */
  evaluation: evaluationSchema.optional(),
  /** The evaluation form for a target population, built in the form designer; absent until created. */
  evaluationForm: formSchema.optional(),
});

export type { EditedPart } from '../editedPartSchema';
export { editedPartSchema };
export type PilotProfile = z.infer<typeof pilotProfileSchema>;
export type PilotParticipant = z.infer<typeof pilotParticipantSchema>;
export type PilotFeedback = z.infer<typeof pilotFeedbackSchema>;
export type FeedbackTarget = NonNullable<PilotFeedback['target']>;
export type Pilot = z.infer<typeof pilotSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Communication = z.infer<typeof communicationSchema>;
export type Support = z.infer<typeof supportSchema>;
export type TrainingSession = z.infer<typeof trainingSessionSchema>;
export type ObjectiveReview = z.infer<typeof objectiveReviewSchema>;
export type Evaluation = z.infer<typeof evaluationSchema>;
export type Adoption = z.infer<typeof adoptionSchema>;
export type QuestionnaireAnswer = z.infer<typeof questionnaireAnswerSchema>;
export type QuestionnaireResponse = z.infer<typeof questionnaireResponseSchema>;
export type SessionRemark = z.infer<typeof sessionRemarkSchema>;
export type SessionFeedback = z.infer<typeof sessionFeedbackSchema>;
