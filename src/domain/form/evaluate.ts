import { conditionRules, evaluateCondition, type Answers } from './conditions';
import { isAnswerable } from './registry';
import type { Field, Form, Page } from './schema';

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
}

export interface ItemEvaluation {
  visible: ReadonlySet<string>;
  required: ReadonlySet<string>;
  answers: Record<string, unknown>;
}

function isRequired(field: Field, answers: Answers): boolean {
  if (field.required) return true;
  return (
    conditionRules(field.requiredWhen).length > 0 && evaluateCondition(field.requiredWhen, answers)
  );
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * One block of a repeatable group: its fields see the answers before the group and the
 * answers of the same block.
 */
export function evaluateItem(group: Field, item: unknown, outer: Answers): ItemEvaluation {
  const own = asRecord(item);
  const visible = new Set<string>();
  const required = new Set<string>();
  const answers: Record<string, unknown> = {};
  for (const child of group.fields ?? []) {
    const scope = { ...outer, ...answers };
    if (!evaluateCondition(child.visibleWhen, scope)) continue;
    visible.add(child.id);
    if (isRequired(child, scope)) required.add(child.id);
    if (isAnswerable(child.type) && own[child.id] !== undefined) answers[child.id] = own[child.id];
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
  const answers: Record<string, unknown> = {};

  const visit = (field: Field) => {
    if (!evaluateCondition(field.visibleWhen, answers)) return;
    visible.add(field.id);
    if (isRequired(field, answers)) required.add(field.id);
    if (field.type === 'section') field.fields?.forEach(visit);
    else if (field.type === 'group') {
      const items = Array.isArray(input[field.id]) ? (input[field.id] as unknown[]) : [];
      answers[field.id] = items.map((item) => evaluateItem(field, item, answers).answers);
    } else if (isAnswerable(field.type) && input[field.id] !== undefined) {
      answers[field.id] = input[field.id];
    }
  };

  for (const page of form.pages) {
    if (!evaluateCondition(page.visibleWhen, answers)) continue;
    pages.push(page);
    page.fields.forEach(visit);
  }
  return { pages, visible, required, answers };
}
