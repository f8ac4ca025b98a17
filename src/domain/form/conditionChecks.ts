import { conditionRules } from './conditions';
import { locateField } from './fields';
import { yesNoValues } from './answers';
import { hasProperty, isAnswerable, operatorsFor } from './registry';
import type { Condition, Field, Form } from './schema';

/** The values a choice field can take, or undefined when any text goes. */
export function allowedValues(field: Field): readonly string[] | undefined {
  if (field.type === 'yesNo') return yesNoValues;
  // Two options with one value (flagged in the panel) are one answer, offered once.
  if (hasProperty(field.type, 'options'))
    return [...new Set((field.options ?? []).map((option) => option.value))];
  return undefined;
}

export type ConditionIssueCode =
  | 'deletedField'
  | 'laterField'
  | 'itself'
  | 'insideGroup'
  | 'notAnswerable'
  | 'operator'
  | 'missingValue'
  | 'unknownValue';

export interface ConditionIssue {
  code: ConditionIssueCode;
  /** Index of the rule in the condition. */
  rule: number;
  /** The field the rule refers to. */
  fieldId: string;
  params?: Record<string, string | number>;
}

/** What holds a condition: a field (its visibility or requirement) or a page. */
export type ConditionOwner = { kind: 'field'; id: string } | { kind: 'page'; id: string };

/**
 * Why the rules of a condition cannot work: a deleted field, a field placed after what it
 * decides (the requester would not have answered it yet), a field of a repeatable group
 * read from outside its block, or a value the field cannot take. Never silently dropped.
 */
export function conditionIssues(
  form: Form,
  owner: ConditionOwner,
  condition: Condition | undefined,
): ConditionIssue[] {
  const ownerField = owner.kind === 'field' ? locateField(form, owner.id) : undefined;
  const ownerPageIndex =
    owner.kind === 'page'
      ? form.pages.findIndex((page) => page.id === owner.id)
      : ownerField?.pageIndex;
  return conditionRules(condition).flatMap((rule, index): ConditionIssue[] => {
    const issue = (code: ConditionIssueCode, params?: ConditionIssue['params']) => [
      { code, rule: index, fieldId: rule.field, ...(params ? { params } : {}) },
    ];
    const target = locateField(form, rule.field);
    if (!target) return issue('deletedField');
    if (owner.kind === 'field' && rule.field === owner.id) return issue('itself');
    if (!isAnswerable(target.field.type)) return issue('notAnswerable');
    const targetParent = target.parentId ? locateField(form, target.parentId) : undefined;
    if (targetParent?.field.type === 'group' && ownerField?.parentId !== target.parentId)
      return issue('insideGroup');
    const after =
      owner.kind === 'page'
        ? ownerPageIndex !== undefined && target.pageIndex >= ownerPageIndex
        : ownerField !== undefined && target.order > ownerField.order;
    if (after) return issue('laterField');
    if (!operatorsFor(target.field.type).includes(rule.op)) return issue('operator');
    if (rule.op === 'filled' || rule.op === 'empty') return [];
    const values = (
      Array.isArray(rule.value) ? rule.value : rule.value === undefined ? [] : [rule.value]
    ).filter((value) => value.trim() !== '');
    if (values.length === 0) return issue('missingValue');
    const allowed = allowedValues(target.field);
    const unknown = allowed ? values.find((value) => !allowed.includes(value)) : undefined;
    return unknown !== undefined ? issue('unknownValue', { value: unknown }) : [];
  });
}

/** Fields and pages whose conditions read a field: what a deletion or a move would affect. */
export function conditionDependents(form: Form, fieldId: string): ConditionOwner[] {
  const owners: ConditionOwner[] = [];
  const reads = (condition: Condition | undefined) =>
    conditionRules(condition).some((rule) => rule.field === fieldId);
  for (const page of form.pages) {
    if (reads(page.visibleWhen)) owners.push({ kind: 'page', id: page.id });
    const visit = (field: Field) => {
      if (reads(field.visibleWhen) || reads(field.requiredWhen))
        owners.push({ kind: 'field', id: field.id });
      field.fields?.forEach(visit);
    };
    page.fields.forEach(visit);
  }
  return owners;
}
