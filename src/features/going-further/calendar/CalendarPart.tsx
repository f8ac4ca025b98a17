import { useTranslation } from 'react-i18next';
import './i18n';

export default function CalendarPart() {
  const { t } = useTranslation('goingFurther-calendar');
  return (
    <section aria-labelledby="going-further-part">
      <h2 id="going-further-part">{t('title')}</h2>
      <p className="field__help">{t('intro')}</p>
    </section>
  );
}
