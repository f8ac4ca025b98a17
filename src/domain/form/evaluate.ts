import { conditionRules, evaluateCondition, type Answers, type FieldTypeOf } from './conditions';
import { findField } from './fields';
import { isAnswerable } from './registry';
import type { Field, Form, Page } from './schema';
import { isRecord, ownValue, recordById } from '../json';

/** What the requester sees and must answer, given their answers so far. */
export interface FormEvaluation {
  /** The pages they go through, in order. */
  pages: Page[];
  /** Ids of fields shown (fields of repeatable groups: see `evaluateItem`). */
  visible: ReadonlySet<string>;
  /** Ids of shown fields that must be answered. */
  required: ReadonlySet<string>;
  /** The answers of shown fields only: what would be submitted. */
  answers: Record<string, unknown>;
  /** The type of a field of the form, by id: how conditions compare its answers. */
  typeOf: FieldTypeOf;
}

export interface ItemEvaluation {
  visible: ReadonlySet<string>;
  required: ReadonlySet<string>;
  answers: Record<string, unknown>;
}

function isRequired(field: Field, answers: Answers, typeOf: FieldTypeOf): boolean {
  if (field.required) return true;
  return (
    conditionRules(field.requiredWhen).length > 0 &&
    evaluateCondition(field.requiredWhen, answers, typeOf)
  );
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/**
 * One block of a repeatable group: its fields see the answers before the group and the
 * answers of the same block. `typeOf` gives the types of the fields before the group (the
 * form evaluation's), so that their answers compare as everywhere else; without it they
 * compare as text.
 */
export function evaluateItem(
  group: Field,
  item: unknown,
  outer: Answers,
  typeOf?: FieldTypeOf,
): ItemEvaluation {
  const own = asRecord(item);
  const visible = new Set<string>();
  const required = new Set<string>();
  const answers = recordById<unknown>();
  const typeIn = (id: string) =>
    group.fields?.find((child) => child.id === id)?.type ?? typeOf?.(id);
  for (const child of group.fields ?? []) {
    const scope = { ...outer, ...answers };
    if (!evaluateCondition(child.visibleWhen, scope, typeIn)) continue;
    visible.add(child.id);
    if (isRequired(child, scope, typeIn)) required.add(child.id);
    const answer = ownValue(own, child.id);
    if (isAnswerable(child.type) && answer !== undefined) answers[child.id] = answer;
  }
  return { visible, required, answers };
}

/**
 * Walks the form in reading order. Conditions only look back, so one pass decides every
 * field; the answer of a hidden field counts as empty for the fields after it.
 */
export function evaluateForm(form: Form, input: Answers): FormEvaluation {
  const pages: Page[] = [];
  const visible = new Set<string>();
  const required = new Set<string>();
  const answers = recordById<unknown>();
  const typeOf: FieldTypeOf = (id) => findField(form, id)?.type;

  const visit = (field: Field) => {
    if (!evaluateCondition(field.visibleWhen, answers, typeOf)) return;
    visible.add(field.id);
    if (isRequired(field, answers, typeOf)) required.add(field.id);
    if (field.type === 'section') field.fields?.forEach(visit);
    else if (field.type === 'group') {
      const given = ownValue(input, field.id);
      const items = Array.isArray(given) ? (given as unknown[]) : [];
      answers[field.id] = items.map((item) => evaluateItem(field, item, answers, typeOf).answers);
    } else if (isAnswerable(field.type) && ownValue(input, field.id) !== undefined) {
      answers[field.id] = ownValue(input, field.id);
    }
  };

  for (const page of form.pages) {
    if (!evaluateCondition(page.visibleWhen, answers, typeOf)) continue;
    pages.push(page);
    page.fields.forEach(visit);
  }
  return { pages, visible, required, answers, typeOf };
}
