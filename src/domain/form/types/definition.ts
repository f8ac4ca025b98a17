import type { AnswerProblem, ValidationContext } from '../problems';
import type { Field } from '../schema';

/** The properties the properties panel can show; each type lists those it has. */
export type FieldProperty =
  | 'label'
  | 'help'
  | 'placeholder'
  | 'text'
  | 'required'
  | 'defaultValue'
  | 'options'
  | 'length'
  | 'pattern'
  | 'range'
  | 'dateRange'
  | 'files'
  | 'items'
  | 'itemLabel'
  | 'justification'
  | 'prefill'
  | 'requiredWhen';

/** The shape of the answer a type collects, which decides how it is compared and shown. */
export type AnswerKind =
  | 'text'
  | 'number'
  | 'date'
  | 'choice'
  | 'choices'
  | 'boolean'
  | 'files'
  | 'identity'
  | 'address'
  | 'items'
  | 'none';

/** A check that a type's answer has the right form (named in the properties panel). */
export type FormatCheck = 'email' | 'phone' | 'siret' | 'iban' | 'amount';

export type PaletteGroup = 'text' | 'choice' | 'structured' | 'layout';

/** A JSON Schema (draft 2020-12), as plain data. */
export type JsonSchema = Record<string, unknown>;

/** The data of one block of a repeatable group: its shown fields' answers, by key. */
export type ItemData = (group: Field, item: unknown) => Record<string, unknown>;

/** The JSON Schema of one block of a repeatable group. */
export type ItemSchema = (group: Field) => JsonSchema;

export interface SampleContext {
  /** Today as "YYYY-MM-DD": sample days fall within the field's allowed range. */
  today: string;
  /** A valid block of a repeatable group, or undefined when one of its fields has none. */
  itemSample(group: Field): Record<string, unknown> | undefined;
}

/**
 * Everything Fabrik knows about one field type. Every part is required, so the compiler
 * refuses a type that lacks one (the registry `satisfies Record<FieldType, …>`); a new
 * type is one entry, its wording (`form:types.<type>`) and its requester component
 * (src/ui/requester-form/renderers.ts), each checked the same way.
 */
export interface FieldTypeDefinition {
  /** Where it sits in the palette. */
  group: PaletteGroup;
  /** A short glyph shown beside its name (decorative). */
  icon: string;
  /** Base of the data key of a new field of this type. */
  keyBase: string;
  answer: AnswerKind;
  /** The form check its answer gets, named in the properties panel. */
  format: FormatCheck | undefined;
  /** Whether it holds fields of its own. */
  container: boolean;
  /** Whether a new field of this type gets options to start with. */
  hasOptions: boolean;
  /** What the properties panel offers. */
  properties: readonly FieldProperty[];
  /**
   * What is wrong with an answer as the form holds it (typed text, ticked values…): the
   * one validation that the preview, the try-out and the checks show.
   */
  validate(field: Field, value: unknown, context: ValidationContext): AnswerProblem[];
  /**
   * The answer as the service receives it, which the JSON Schema describes (trimmed text,
   * a number, a SIRET's 14 digits…); undefined when there is no answer. An answer the form
   * refuses is passed on as it is, so that the schema refuses it too.
   */
  data(field: Field, value: unknown, itemData: ItemData): unknown;
  /** The JSON Schema of the data, with the designer's rules; undefined for layout types. */
  jsonSchema(field: Field, itemSchema: ItemSchema): JsonSchema | undefined;
  /**
   * An answer as the form holds it that its validation accepts (for a quick requester);
   * undefined for layout types, or when the field's rules admit no answer.
   */
  sample(field: Field, context: SampleContext): unknown;
}
