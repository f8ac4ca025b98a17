import { schemaIssueOf, type SchemaIssue } from '../bundle/schemaProblems';
import { describePath, isRecord } from '../json';
import {
  requiredSignoffFields,
  signoffDecisions,
  signoffFields,
  signoffRoles,
  signoffSchema,
} from './schema';

/** Why the `signoffs` of a file cannot be read as sign-offs: the file is refused. */
export type SignoffShapeProblem =
  | { kind: 'not-a-list' }
  | { kind: 'not-an-object'; index: number }
  | { kind: 'missing-field'; index: number; field: string }
  | { kind: 'extra-field'; index: number; field: string }
  | { kind: 'unknown-role'; index: number; found: string }
  | { kind: 'unknown-decision'; index: number; found: string }
  | { kind: 'invalid-field'; index: number; field: string; issue: SchemaIssue };

function problemsOf(item: unknown, index: number): SignoffShapeProblem[] {
  if (!isRecord(item)) return [{ kind: 'not-an-object', index }];
  const expected = new Set<string>(signoffFields);
  const missing = requiredSignoffFields.filter((field) => !Object.hasOwn(item, field));
  const problems: SignoffShapeProblem[] = [
    ...missing.map((field) => ({ kind: 'missing-field' as const, index, field })),
    ...Object.keys(item)
      .filter((field) => !expected.has(field))
      .map((field) => ({ kind: 'extra-field' as const, index, field })),
  ];
  const { role, decision } = item;
  if ('role' in item && !(signoffRoles as readonly unknown[]).includes(role)) {
    problems.push({ kind: 'unknown-role', index, found: String(role) });
  }
  if ('decision' in item && !(signoffDecisions as readonly unknown[]).includes(decision)) {
    problems.push({ kind: 'unknown-decision', index, found: String(decision) });
  }
  const parsed = signoffSchema.safeParse(item);
  if (parsed.success) return problems;
  // What the checks above already named is not repeated.
  const named = new Set<PropertyKey>([...missing, 'role', 'decision']);
  const remaining = parsed.error.issues.filter(
    (issue) => issue.code !== 'unrecognized_keys' && !named.has(issue.path[0] ?? ''),
  );
  return [
    ...problems,
    ...remaining.map((issue) => ({
      kind: 'invalid-field' as const,
      index,
      field: describePath(issue.path),
      issue: schemaIssueOf(issue, item),
    })),
  ];
}

/**
 * Checks that a file's `signoffs` are sign-offs as Fabrik writes them, field by field,
 * before anything is verified: a sign-off with a field added, removed or of an unknown role
 * is not a sign-off Fabrik made, and the file is refused with what is wrong.
 */
export function signoffShapeProblems(signoffs: unknown): SignoffShapeProblem[] {
  if (!Array.isArray(signoffs)) return [{ kind: 'not-a-list' }];
  return signoffs.flatMap(problemsOf);
}
