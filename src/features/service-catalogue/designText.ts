import type { TFunction } from 'i18next';
import type { DesignKey, DesignValue } from '../../domain/service-catalogue/design';

/** A part of a design in words, as the differences show it. */
export function designValueText(
  t: TFunction<'serviceDesign'>,
  key: DesignKey,
  value: DesignValue,
  language: string,
): string {
  if (key === 'messageChannels' && Array.isArray(value))
    return value.length
      ? value.map((channel) => t(`messageChannels.${channel}`)).join(', ')
      : t('none');
  if (Array.isArray(value)) return value.length ? value.join(', ') : t('none');
  if (key === 'reviewState') return t(`reviewStates.${String(value)}`);
  if (key === 'launchDate' && typeof value === 'string')
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
}
