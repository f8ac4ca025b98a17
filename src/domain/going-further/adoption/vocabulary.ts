/**
 * The adoption part's value lists and size limits, apart from its zod schema: the form
 * designer (a training questionnaire is answered in its preview) and the adoption screens
 * read them, and must not bring zod with them.
 */

import { EDITED_TEXT_MAX } from '../editedParts';

/** Longest text the team may keep in one part: a long page, not a book. */
export const ADOPTION_TEXT_MAX = EDITED_TEXT_MAX;
/** More participants than a pilot ever has; a list beyond it is a wrong file. */
export const PARTICIPANTS_MAX = 2_000;
/** Profiles, feedback items and edited parts: far beyond a real pilot. */
export const ITEMS_MAX = 2_000;

export const feedbackKinds = ['feedback', 'anomaly'] as const;
export const feedbackPriorities = ['high', 'medium', 'low'] as const;
export const feedbackStatuses = ['open', 'accepted', 'rejected', 'done'] as const;
export const feedbackTargetKinds = ['field', 'step', 'status', 'message'] as const;

export const communicationScopes = ['internal', 'external'] as const;
export const communicationChannels = [
  'website',
  'intranet',
  'social',
  'press',
  'posters',
  'emailing',
  'meeting',
] as const;
/** More audiences than any plan has. */
export const AUDIENCES_MAX = 100;

export const evaluationTerms = ['short', 'mid'] as const;
export const objectiveOutcomes = ['reached', 'partly', 'missed'] as const;
/** The questions the method asks after launch, answered at each term. */
export const evaluationQuestions = [
  'answeredRequest',
  'strengths',
  'sensitivePoints',
  'blockers',
  'results',
] as const;

/** More answer sets than a session's trainees ever send. */
export const RESPONSES_MAX = 2_000;
/** Where the change a trainee's remark leads to is made: the prototype, or the training guide. */
export const remarkChangeKinds = ['prototype', 'guide'] as const;

export const sessionLevels = ['collective', 'individual', 'elearning'] as const;
/** More sessions than any training plan has. */
export const SESSIONS_MAX = 200;

/** The support offered to requesters online, beside the help of the inclusion plan. */
export const requesterSupportKinds = ['faq', 'tutorials', 'chat', 'email', 'phone-line'] as const;

export type FeedbackPriority = (typeof feedbackPriorities)[number];
export type CommunicationChannel = (typeof communicationChannels)[number];
export type RequesterSupportKind = (typeof requesterSupportKinds)[number];
export type SessionLevel = (typeof sessionLevels)[number];
export type EvaluationTerm = (typeof evaluationTerms)[number];
export type EvaluationQuestion = (typeof evaluationQuestions)[number];
export type RemarkChangeKind = (typeof remarkChangeKinds)[number];
