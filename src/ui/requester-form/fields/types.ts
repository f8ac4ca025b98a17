import type { FormEvaluation } from '../../../domain/form/evaluate';
import type { Field } from '../../../domain/form/schema';

export interface FieldRendererProps {
  field: Field;
  /** Where the answer is kept in the form's values (the field id, or a path inside a group). */
  path: string;
  required: boolean;
  /** What is shown and required, for the fields a section or group holds. */
  state?: FormEvaluation;
}
