import type { TFunction } from 'i18next';
import { isAttachedFile, partsOf } from '../../domain/form/answers';
import { definitionOf } from '../../domain/form/registry';
import type { Field } from '../../domain/form/schema';
import { isFilled, parseNumber } from '../../domain/form/values';
import { formatDay } from './problemMessage';

/** An answer as the requester reads it back on the "check your answers" page. */
export function answerText(field: Field, value: unknown, t: TFunction, language: string): string {
  if (!isFilled(value)) return t('requesterForm:noAnswer');
  const optionLabel = (answer: unknown) =>
    field.options?.find((option) => option.value === answer)?.label ?? String(answer);
  switch (definitionOf(field.type).answer) {
    case 'choice':
      return field.type === 'yesNo'
        ? t(`requesterForm:${value === 'yes' ? 'yes' : 'no'}`)
        : optionLabel(value);
    case 'choices':
      return (Array.isArray(value) ? value : []).map(optionLabel).join(', ');
    case 'boolean':
      return t('requesterForm:yes');
    case 'date':
      return typeof value === 'string' ? formatDay(value, language) : '';
    case 'number': {
      const number = parseNumber(value);
      if (number === undefined) return String(value);
      return field.type === 'amount'
        ? new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(number)
        : new Intl.NumberFormat(language).format(number);
    }
    case 'files':
      return (Array.isArray(value) ? value.filter(isAttachedFile) : [])
        .map((file) => file.name)
        .join(', ');
    case 'identity': {
      const parts = partsOf(value);
      const civility = parts.civility ? t(`requesterForm:civility.${parts.civility}`) : '';
      const born = parts.birthDate
        ? `, ${t('requesterForm:identity.birthDate').toLowerCase()} ${formatDay(parts.birthDate, language)}`
        : '';
      return `${[civility, parts.firstNames, parts.lastName].filter(Boolean).join(' ')}${born}`;
    }
    case 'address': {
      const parts = partsOf(value);
      return [parts.line1, parts.line2, [parts.postalCode, parts.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ');
    }
    case 'text':
    case 'items':
    case 'none':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
