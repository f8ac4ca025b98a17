import { useTranslation } from '../../ui/i18n/useTranslation';
import type { DigitisationLevel } from '../../domain/service-catalogue/schema';
import './lifeEventsI18n';

/** A level as a colour and, always, in words: colour alone would leave some readers out. */
export function LevelBadge({ level }: { level: DigitisationLevel }) {
  const { t } = useTranslation(['lifeEvents', 'serviceCatalogue']);
  return (
    <span className={`level-badge level-badge--${level}`}>
      {t('lifeEvents:level', { level, label: t(`serviceCatalogue:levelShort.${level}`) })}
    </span>
  );
}
