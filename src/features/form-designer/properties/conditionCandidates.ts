import { allFields, locateField, type LocatedField } from '../../../domain/form/fields';
import type { ConditionOwner } from '../../../domain/form/conditionChecks';
import { allowedValues } from '../../../domain/form/conditionChecks';
import { isAnswerable, operatorsFor } from '../../../domain/form/registry';
import type { ConditionRule, Form } from '../../../domain/form/schema';

/**
 * The fields a condition may read: answered before what it decides (an earlier page for a
 * page), and for a field of a repeatable group, the fields before it in the same block.
 */
export function conditionCandidates(form: Form, owner: ConditionOwner): LocatedField[] {
  const ownerField = owner.kind === 'field' ? locateField(form, owner.id) : undefined;
  const ownerPage =
    owner.kind === 'page' ? form.pages.findIndex((page) => page.id === owner.id) : -1;
  return allFields(form).filter((candidate) => {
    if (!isAnswerable(candidate.field.type)) return false;
    const parent = candidate.parentId ? locateField(form, candidate.parentId) : undefined;
    const inGroup = parent?.field.type === 'group';
    if (owner.kind === 'page') return !inGroup && candidate.pageIndex < ownerPage;
    if (!ownerField || candidate.order >= ownerField.order) return false;
    return !inGroup || candidate.parentId === ownerField.parentId;
  });
}

/** A new rule on a field: its first comparison, and its first value if it has a list. */
export function defaultRule(form: Form, fieldId: string): ConditionRule {
  const field = locateField(form, fieldId)?.field;
  const op = field ? (operatorsFor(field.type)[0] ?? 'filled') : 'filled';
  const values = field && allowedValues(field);
  if (op === 'filled' || op === 'empty') return { field: fieldId, op };
  return { field: fieldId, op, value: values?.[0] ?? '' };
}
