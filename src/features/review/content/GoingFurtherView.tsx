import { useTranslation } from 'react-i18next';
import type { GoingFurther } from '../../../domain/going-further/schema';
import { partLabelKey } from '../../../domain/going-further/namespace';
import { loadStepStrings } from '../../../state/stepStrings';
import { useLoaded } from '../../../ui/useLoaded';

/**
 * « Pour aller plus loin », part by part as far as it was drafted. Its labels are the
 * step's own strings, loaded with every step's readiness messages.
 */
export function GoingFurtherView({ goingFurther }: { goingFurther?: GoingFurther }) {
  const loaded = useLoaded(loadStepStrings);
  const { t, i18n } = useTranslation('review');
  if (loaded === undefined && !i18n.hasResourceBundle(i18n.language, 'goingFurther')) return null;
  const parts = Object.keys(goingFurther ?? {});
  if (parts.length === 0) return <p>{t('goingFurther.none')}</p>;
  return (
    <ul>
      {parts.map((part) => (
        <li key={part}>{t(partLabelKey(part), { defaultValue: part })}</li>
      ))}
    </ul>
  );
}
