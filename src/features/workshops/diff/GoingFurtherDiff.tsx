import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { AdoptionChange } from '../../../domain/going-further/adoption/diff';
import { partLabelKey } from '../../../domain/going-further/namespace';
import { loadStepStrings } from '../../../state/stepStrings';
import { useLoaded } from '../../../ui/useLoaded';
import { DiffSection } from './DiffSection';

/**
 * The parts of « Pour aller plus loin » that changed, by their label: each part names itself
 * in its own strings, loaded with every step's.
 */
export function GoingFurtherDiff({
  parts,
  adoption = [],
}: {
  parts: readonly string[];
  adoption?: readonly AdoptionChange[];
}) {
  const { t } = useTranslation('workshops');
  useLoaded(loadStepStrings);
  return (
    <DiffSection
      title={t('diff.goingFurther')}
      lines={parts.flatMap((part) => [
        {
          key: part,
          tone: 'changed' as const,
          text: t(partLabelKey(part), { defaultValue: part }),
        },
        // The adoption says what changed in it, each change on its own line.
        ...(part === 'adoption' ? adoption : []).map((change, index) => ({
          key: `adoption-${index}`,
          tone: change.kind,
          text: t(change.name ? 'diff.adoptionChangeNamed' : 'diff.adoptionChange', {
            area: t(`diff.adoptionAreas.${change.area}`),
            kind: t(`diff.adoptionKinds.${change.kind}`),
            name: change.name ?? '',
          }),
        })),
      ])}
    />
  );
}
