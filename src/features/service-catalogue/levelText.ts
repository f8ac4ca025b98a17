import type { TFunction } from 'i18next';
import type { LevelProposal, LevelReason } from '../../domain/service-catalogue/levelProposal';

function reasonText(t: TFunction, reason: LevelReason): string {
  switch (reason.code) {
    case 'onlineForm':
      return reason.uploads > 0
        ? t('serviceCatalogue:reasons.onlineFormUploads', { count: reason.uploads })
        : t('serviceCatalogue:reasons.onlineForm');
    case 'counterSteps':
      return t('serviceCatalogue:reasons.counterSteps', {
        steps: reason.steps.map((step) => `« ${step} »`).join(', '),
      });
    case 'noFormFields':
    case 'noCounterStep':
    case 'onlineTracking':
    case 'noOnlineTracking':
    case 'decisionOnline':
    case 'decisionNotOnline':
      return t(`serviceCatalogue:reasons.${reason.code}`);
  }
}

/** Why a level is proposed, in one sentence of the reader's language. */
export function proposalSentence(t: TFunction, proposal: LevelProposal): string {
  const reasons = proposal.reasons.map((reason) => reasonText(t, reason)).join(', ');
  const sentence = t(
    proposal.level === 4
      ? 'serviceCatalogue:reasons.sentenceInService'
      : 'serviceCatalogue:reasons.sentence',
    { reasons, level: proposal.level },
  );
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
