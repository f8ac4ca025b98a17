import { useTranslation } from 'react-i18next';
import { partLabelKey } from '../../../domain/going-further/namespace';
import { loadStepStrings } from '../../../state/stepStrings';
import { useLoaded } from '../../../ui/useLoaded';
import { DiffSection } from './DiffSection';

/**
 * The parts of « Pour aller plus loin » that changed, by their label: each part names itself
 * in its own strings, loaded with every step's.
 */
export function GoingFurtherDiff({ parts }: { parts: readonly string[] }) {
  const { t } = useTranslation('workshops');
  useLoaded(loadStepStrings);
  return (
    <DiffSection
      title={t('diff.goingFurther')}
      lines={parts.map((part) => ({
        key: part,
        tone: 'changed' as const,
        text: t(partLabelKey(part), { defaultValue: part }),
      }))}
    />
  );
}
