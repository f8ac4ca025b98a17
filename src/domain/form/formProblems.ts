import type { Answers } from './conditions';
import { evaluateForm, evaluateItem } from './evaluate';
import type { Field, Form } from './schema';
import type { AnswerProblem } from './problems';
import { validateAnswer } from './validateAnswer';
import { isRecord, ownValue } from '../json';

/** A problem with where it is: `path` names the answer ("<id>", "<id>.<part>", "<group>.<n>.<id>"). */
export interface LocatedProblem {
  path: string;
  field: Field;
  pageId: string;
  problem: AnswerProblem;
  /** For a field of a repeatable group: the group and the block (from 0) the answer is in. */
  item?: { group: Field; index: number };
}

/** Where the count of a repeatable group's blocks is reported. */
export const groupCountPath = (groupId: string) => `${groupId}:count`;

const pathOf = (base: string, problem: AnswerProblem) =>
  problem.part ? `${base}.${problem.part}` : base;

function asItems(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function itemValue(item: unknown, id: string): unknown {
  return isRecord(item) ? ownValue(item, id) : undefined;
}

/**
 * Every problem with the answers of the shown fields, in reading order (optionally of some
 * pages only). Hidden fields are never checked: the requester cannot see them.
 */
export function formProblems(
  form: Form,
  input: Answers,
  today: string,
  pageIds?: ReadonlySet<string>,
): LocatedProblem[] {
  const evaluation = evaluateForm(form, input);
  const problems: LocatedProblem[] = [];
  const check = (field: Field, pageId: string) => {
    if (!evaluation.visible.has(field.id)) return;
    if (field.type === 'section') {
      field.fields?.forEach((child) => check(child, pageId));
      return;
    }
    const required = evaluation.required.has(field.id);
    for (const problem of validateAnswer(field, ownValue(input, field.id), { required, today })) {
      const path = field.type === 'group' ? groupCountPath(field.id) : pathOf(field.id, problem);
      problems.push({ path, field, pageId, problem });
    }
    if (field.type !== 'group') return;
    asItems(ownValue(input, field.id)).forEach((item, index) => {
      const itemState = evaluateItem(field, item, evaluation.answers, evaluation.typeOf);
      for (const child of field.fields ?? []) {
        if (!itemState.visible.has(child.id)) continue;
        const context = { required: itemState.required.has(child.id), today };
        for (const problem of validateAnswer(child, itemValue(item, child.id), context)) {
          problems.push({
            path: pathOf(`${field.id}.${index}.${child.id}`, problem),
            field: child,
            pageId,
            problem,
            item: { group: field, index },
          });
        }
      }
    });
  };
  for (const page of evaluation.pages) {
    if (pageIds && !pageIds.has(page.id)) continue;
    page.fields.forEach((field) => check(field, page.id));
  }
  return problems;
}
