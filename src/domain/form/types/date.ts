import { common, checkDate, defined, readText, scalar } from './checks';
import type { FieldTypeDefinition } from './definition';
import { firstValid } from './samples';

/**
 * A day. "Today" as a bound changes every day, which standard JSON Schema cannot say:
 * the bounds travel in `x-fabrik-minDate` / `x-fabrik-maxDate`, keywords Fabrik declares.
 */
export const date: FieldTypeDefinition = {
  group: 'text',
  icon: 'JJ',
  keyBase: 'date',
  answer: 'date',
  format: undefined,
  container: false,
  hasOptions: false,
  properties: [...common, 'defaultValue', 'dateRange'],
  ...scalar({
    read: readText,
    check: (field, text, { today }) => checkDate(field, text, today),
  }),
  jsonSchema: (field) =>
    defined({
      type: 'string',
      format: 'date',
      'x-fabrik-minDate': field.validation?.minDate,
      'x-fabrik-maxDate': field.validation?.maxDate,
    }),
  sample(field, context) {
    const bound = (value: string | undefined) => (value === 'today' ? context.today : value);
    const { minDate, maxDate } = field.validation ?? {};
    const candidates = [field.defaultValue, context.today, bound(minDate), bound(maxDate)];
    return firstValid(date, field, candidates, context);
  },
};
