import { conditionRules } from '../form/conditions';
import { evaluateForm, evaluateItem } from '../form/evaluate';
import { allFields } from '../form/fields';
import type { Answers } from '../form/conditions';
import type { Condition, Field, Form } from '../form/schema';

/**
 * One way a condition of the form can go: a page or a field's `visibleWhen` or
 * `requiredWhen`, met or not met.
 */
export interface ConditionBranch {
  /** `<owner id>:<rule>:met|unmet`, stable while the condition is there. */
  id: string;
  owner: 'page' | 'field';
  ownerId: string;
  /** The page's title, or the field's label (its key when it has none). */
  label: string;
  rule: 'visibleWhen' | 'requiredWhen';
  met: boolean;
}

const hasRules = (condition: Condition | undefined) => conditionRules(condition).length > 0;
/** A field always required never reads its condition to be required. */
const readsRequiredWhen = (field: Field) => !field.required && hasRules(field.requiredWhen);

const branchId = (ownerId: string, rule: ConditionBranch['rule'], met: boolean) =>
  `${ownerId}:${rule}:${met ? 'met' : 'unmet'}`;

/** Both ways of every condition of the form, in reading order. */
export function conditionBranches(form: Form): ConditionBranch[] {
  const branches: ConditionBranch[] = [];
  const add = (
    owner: ConditionBranch['owner'],
    ownerId: string,
    label: string,
    rule: ConditionBranch['rule'],
  ) => {
    for (const met of [true, false]) {
      branches.push({ id: branchId(ownerId, rule, met), owner, ownerId, label, rule, met });
    }
  };
  const fields = allFields(form);
  for (const page of form.pages) {
    if (hasRules(page.visibleWhen)) add('page', page.id, page.title.trim(), 'visibleWhen');
    for (const { field } of fields.filter((located) => located.pageId === page.id)) {
      const label = field.label.trim() || field.key;
      if (hasRules(field.visibleWhen)) add('field', field.id, label, 'visibleWhen');
      if (readsRequiredWhen(field)) add('field', field.id, label, 'requiredWhen');
    }
  }
  return branches;
}

/**
 * The ways the form's conditions went for these answers, as the preview and the try-out
 * evaluate them (one shared function): a condition is reached only where it is read, so
 * nothing on a page skipped or in a hidden section, and in a repeatable group once per block.
 */
export function branchesReached(form: Form, answers: Answers): Set<string> {
  const evaluation = evaluateForm(form, answers);
  const reached = new Set<string>();
  const shownPages = new Set(evaluation.pages.map((page) => page.id));
  const note = (field: Field, visible: ReadonlySet<string>, required: ReadonlySet<string>) => {
    const shown = visible.has(field.id);
    if (hasRules(field.visibleWhen)) reached.add(branchId(field.id, 'visibleWhen', shown));
    if (shown && readsRequiredWhen(field))
      reached.add(branchId(field.id, 'requiredWhen', required.has(field.id)));
  };
  const visit = (field: Field) => {
    note(field, evaluation.visible, evaluation.required);
    if (!evaluation.visible.has(field.id)) return;
    if (field.type === 'section') field.fields?.forEach(visit);
    if (field.type !== 'group') return;
    const items = evaluation.answers[field.id];
    for (const item of Array.isArray(items) ? items : []) {
      const block = evaluateItem(field, item, evaluation.answers, evaluation.typeOf);
      field.fields?.forEach((child) => note(child, block.visible, block.required));
    }
  };
  for (const page of form.pages) {
    if (hasRules(page.visibleWhen))
      reached.add(branchId(page.id, 'visibleWhen', shownPages.has(page.id)));
    if (shownPages.has(page.id)) page.fields.forEach(visit);
  }
  return reached;
}
