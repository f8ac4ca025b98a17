import { z } from 'zod';
import {
  conditionOperators,
  fieldTypes,
  isContainer,
  prefillSources,
  ruleNames,
} from './vocabulary';

export type {
  ConditionOperator,
  ContainerType,
  FieldType,
  PrefillSource,
  RuleName,
} from './vocabulary';

/** A day as "YYYY-MM-DD", or "today" for the day the requester fills the form in. */
const dateBound = z.union([z.literal('today'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const count = z.number().int().nonnegative();

export const conditionRuleSchema = z.strictObject({
  /** Id of the field whose answer is tested (never its key: keys can be renamed). */
  field: z.string().min(1),
  /** How the answer is compared. */
  op: z.enum(conditionOperators),
  /** What it is compared with; a list for "is one of"; absent for "is filled" and "is empty". */
  value: z.union([z.string(), z.array(z.string())]).optional(),
});

/** A condition is data, never an expression: every rule (`all`) or at least one (`any`). */
export const conditionSchema = z.union([
  z.strictObject({
    /** Rules that must all hold. */
    all: z.array(conditionRuleSchema),
  }),
  z.strictObject({
    /** Rules of which at least one must hold. */
    any: z.array(conditionRuleSchema),
  }),
]);

export const optionSchema = z.strictObject({
  /** Stable identifier of the option (list order, editing). */
  id: z.string().min(1),
  /** Value stored in the answer and compared by conditions. */
  value: z.string(),
  /** Text the requester reads. */
  label: z.string(),
});

export const validationSchema = z.strictObject({
  /** Fewest characters accepted. */
  minLength: count.optional(),
  /** Most characters accepted. */
  maxLength: count.optional(),
  /** Smallest number accepted. */
  min: z.number().optional(),
  /** Largest number accepted. */
  max: z.number().optional(),
  /** Earliest day accepted. */
  minDate: dateBound.optional(),
  /** Latest day accepted. */
  maxDate: dateBound.optional(),
  /** Regular expression the whole answer must match. */
  pattern: z.string().optional(),
  /** File extensions accepted, lower case without the dot ("pdf", "jpg"). */
  fileTypes: z.array(z.string().min(1)).optional(),
  /** Largest size of one file, in megabytes. */
  maxSizeMb: z.number().positive().optional(),
  /** Fewest choices ticked, files attached or blocks added. */
  minItems: count.optional(),
  /** Most choices ticked, files attached or blocks added. */
  maxItems: count.optional(),
  /** The designer's own message per rule, instead of the standard one. */
  messages: z.partialRecord(z.enum(ruleNames), z.string()).optional(),
});

export const prefillSchema = z.strictObject({
  /** The verified source the answer is taken from. */
  source: z.enum(prefillSources),
  /** Which record or data item, in the team's words. */
  detail: z.string(),
});

const fieldShape = {
  /** Stable identifier: what conditions, messages and comments refer to. */
  id: z.string().min(1),
  /** Data name of the answer, unique in the form, editable. */
  key: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'a key starts with a letter, then letters, digits or _'),
  /** Field type, one of the registry's types. */
  type: z.enum(fieldTypes),
  /** Label shown to the requester (the title of a section, a group or an explanation). */
  label: z.string(),
  /** Help shown under the label. */
  help: z.string().optional(),
  /** Example shown inside an empty box. */
  placeholder: z.string().optional(),
  /** Body of an explanatory text. */
  text: z.string().optional(),
  /** Whether an answer is required (see also `requiredWhen`). */
  required: z.boolean().optional(),
  /** Answer filled in before the requester starts. */
  defaultValue: z.union([z.string(), z.array(z.string()), z.boolean()]).optional(),
  /** Choices offered, in order, for the choice types. */
  options: z.array(optionSchema).optional(),
  /** Validation rules and their messages. */
  validation: validationSchema.optional(),
  /** Shown only when this holds. */
  visibleWhen: conditionSchema.optional(),
  /** Required only when this holds. */
  requiredWhen: conditionSchema.optional(),
  /** Why the service needs this answer: the form is a minimum, not a maximum. */
  justification: z.string().optional(),
  /** Why the field needs no justification, when the referent recorded that instead of one. */
  noJustificationReason: z.string().optional(),
  /** Where the answer is prefilled from, if it is. */
  prefill: prefillSchema.optional(),
  /** Name of one block of a repeatable group ("Enfant", "Véhicule"). */
  itemLabel: z.string().optional(),
};

/** A field inside a section or a repeatable group: containers do not nest. */
export const nestedFieldSchema = z
  .strictObject(fieldShape)
  .refine((field) => !isContainer(field.type), {
    message: 'a section or repeatable group cannot be placed inside another',
    path: ['type'],
  });

export const fieldSchema = z
  .strictObject({
    ...fieldShape,
    /** Fields of a section or repeatable group, in display order. */
    fields: z.array(nestedFieldSchema).optional(),
  })
  .refine((field) => (field.fields !== undefined) === isContainer(field.type), {
    message: 'sections and repeatable groups, and only they, have a list of fields',
    path: ['fields'],
  });

export const pageSchema = z.strictObject({
  /** Stable identifier of the page. */
  id: z.string().min(1),
  /** Title shown to the requester above the page and in the progress indicator. */
  title: z.string(),
  /** Fields of the page, in display order. */
  fields: z.array(fieldSchema),
  /** Shown only when this holds. */
  visibleWhen: conditionSchema.optional(),
});

export const formSchema = z
  .strictObject({
    /** Pages (steps) of the form, in order; there is always at least one. */
    pages: z.array(pageSchema).min(1),
  })
  .superRefine((form, context) => {
    const ids = new Set<string>();
    const keys = new Set<string>();
    form.pages.forEach((page, pageIndex) => {
      if (ids.has(page.id)) {
        context.addIssue({
          code: 'custom',
          message: `duplicate id "${page.id}"`,
          path: ['pages', pageIndex, 'id'],
        });
      }
      ids.add(page.id);
      const check = (field: { id: string; key: string }, path: (string | number)[]) => {
        if (ids.has(field.id)) {
          context.addIssue({
            code: 'custom',
            message: `duplicate id "${field.id}"`,
            path: [...path, 'id'],
          });
        }
        if (keys.has(field.key)) {
          context.addIssue({
            code: 'custom',
            message: `duplicate key "${field.key}"`,
            path: [...path, 'key'],
          });
        }
        ids.add(field.id);
        keys.add(field.key);
      };
      page.fields.forEach((field, index) => {
        const path = ['pages', pageIndex, 'fields', index];
        check(field, path);
        field.fields?.forEach((child, childIndex) => check(child, [...path, 'fields', childIndex]));
      });
    });
  });

export type ConditionRule = z.infer<typeof conditionRuleSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type FieldOption = z.infer<typeof optionSchema>;
export type Validation = z.infer<typeof validationSchema>;
export type Prefill = z.infer<typeof prefillSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Form = z.infer<typeof formSchema>;
