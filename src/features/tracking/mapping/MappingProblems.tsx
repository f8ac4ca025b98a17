import { useTranslation } from '../../../ui/i18n/useTranslation';
import { stepName, type MappingProblems as Problems } from '../../../domain/tracking/mapping';

/** What is wrong between statuses and steps, in plain words. */
export function MappingProblems({ problems }: { problems: Problems }) {
  const { t } = useTranslation('tracking');
  const items = [
    ...problems.stepsWithUnknownStatus.map((e) => ({
      key: `unknown-${e.id}`,
      text: t('mapping.problems.stepWithUnknownStatus', { step: stepName(e) }),
    })),
    ...problems.unreachableFinals.map((s) => ({
      key: `final-${s.id}`,
      text: t('mapping.problems.unreachableFinal', { status: s.label }),
    })),
    ...problems.unsetStatuses.map((s) => ({
      key: `unset-${s.id}`,
      text: t('mapping.problems.unsetStatus', { status: s.label }),
    })),
    ...problems.stepsWithoutStatus.map((e) => ({
      key: `step-${e.id}`,
      text: t('mapping.problems.stepWithoutStatus', { step: stepName(e) }),
    })),
  ];
  if (items.length === 0) return <p className="banner">{t('mapping.allGood')}</p>;
  return (
    <div className="banner banner--warning">
      <h3 className="banner__title">{t('mapping.problemsHeading')}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
    </div>
  );
}
export function countMappingProblems(problems: Problems): number {
  return (
    problems.stepsWithUnknownStatus.length +
    problems.unreachableFinals.length +
    problems.unsetStatuses.length +
    problems.stepsWithoutStatus.length
  );
}
