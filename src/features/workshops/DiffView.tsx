import { Fragment } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { PrototypeContent } from '../../domain/prototype/schema';
import type { StepWithDiff } from '../../domain/steps/registry';
import { steps } from '../../domain/steps/registry';
import type { PilotFeedback } from '../../domain/going-further/adoption/schema';
import { feedbackBesideChanges } from '../../domain/versions/answeredFeedback';
import { isEmptyDiff, type VersionDiff } from '../../domain/versions/diff';
import { diffReaders } from './diff/readers';
import { stepDiffViews } from './diff/stepDiffViews';

interface DiffViewProps {
  diff: VersionDiff;
  before: PrototypeContent;
  after: PrototypeContent;
  /** The pilot feedback the compared versions answer, placed beside what it changed. */
  answered?: readonly PilotFeedback[];
}

/** What changed between two versions, step by step (the registry's), in the workshop's words. */
export function DiffView({ diff, before, after, answered = [] }: DiffViewProps) {
  const { t, i18n } = useTranslation('workshops');
  if (isEmptyDiff(diff)) return <p>{t('diff.none')}</p>;
  const read = diffReaders(
    before,
    after,
    t,
    i18n.language.startsWith('en') ? 'en' : 'fr',
    feedbackBesideChanges(answered, diff),
  );
  return (
    <div className="diff">
      {steps
        .filter((step) => step.diff)
        .map((step) => (
          <Fragment key={step.id}>{stepDiffViews[step.id as StepWithDiff](diff, read)}</Fragment>
        ))}
    </div>
  );
}
