import type { FieldType } from './schema';

/**
 * The types that arrange a form rather than ask something (their answer is none, or the
 * list of their blocks). Kept apart from the field type registry so that counting a form's
 * questions, which the catalogue does for every prototype, loads no field type; a test
 * checks that it agrees with the registry.
 */
const arrangingTypes: ReadonlySet<FieldType> = new Set<FieldType>([
  'section',
  'explanation',
  'group',
]);

export const asksSomething = (type: FieldType): boolean => !arrangingTypes.has(type);
