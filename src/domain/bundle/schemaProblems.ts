import type { z } from 'zod';
import { describePath, isRecord } from '../json';

/** The kinds of value a person can be told about. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'list' | 'object' | 'null' | 'other';

/**
 * What the schema found wrong with one value, as data the UI puts in words (zod's own
 * messages are English and technical, and a rule's message is written for developers).
 */
export type SchemaIssue =
  | { kind: 'missing' }
  | { kind: 'wrong-kind'; expected: ValueKind; found: ValueKind }
  | { kind: 'too-short'; of: 'text' | 'list'; minimum: number }
  | { kind: 'too-long'; of: 'text' | 'list'; maximum: number }
  | { kind: 'too-small'; minimum: number }
  | { kind: 'too-large'; maximum: number }
  | { kind: 'not-allowed'; allowed: string[] }
  | { kind: 'unknown-field'; field: string }
  | { kind: 'wrong-format' }
  /** Several shapes are accepted there, and the value has none of them. */
  | { kind: 'no-shape-matches' }
  /** A rule of Fabrik's (unique ids, an allowed combination) that the value breaks. */
  | { kind: 'rule' };

export interface SchemaProblem {
  /** Where in the file, e.g. "prototype.form.pages[0].title". */
  path: string;
  issue: SchemaIssue;
}

const kindOfType: Partial<Record<string, ValueKind>> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  object: 'object',
};

export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return kindOfType[typeof value] ?? 'other';
}

const expectedKinds: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  int: 'number',
  boolean: 'boolean',
  array: 'list',
  tuple: 'list',
  object: 'object',
  record: 'object',
  null: 'null',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      Array.isArray(value) && typeof key === 'number'
        ? value[key]
        : isRecord(value) && typeof key === 'string' && Object.hasOwn(value, key)
          ? value[key]
          : undefined,
    root,
  );
}

const sizeOf = (origin: string): 'text' | 'list' | undefined =>
  origin === 'string' ? 'text' : origin === 'array' || origin === 'set' ? 'list' : undefined;

function issuesOf(issue: z.core.$ZodIssue, input: unknown): SchemaIssue[] {
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(input, issue.path);
      if (found === undefined) return [{ kind: 'missing' }];
      return [
        {
          kind: 'wrong-kind',
          expected: expectedKinds[issue.expected] ?? 'other',
          found: kindOf(found),
        },
      ];
    }
    case 'too_small': {
      const of = sizeOf(issue.origin);
      const minimum = Number(issue.minimum);
      return [of ? { kind: 'too-short', of, minimum } : { kind: 'too-small', minimum }];
    }
    case 'too_big': {
      const of = sizeOf(issue.origin);
      const maximum = Number(issue.maximum);
      return [of ? { kind: 'too-long', of, maximum } : { kind: 'too-large', maximum }];
    }
    case 'invalid_value':
      return [{ kind: 'not-allowed', allowed: issue.values.map(String) }];
    case 'unrecognized_keys':
      return issue.keys.map((field) => ({ kind: 'unknown-field', field }));
    case 'invalid_format':
      return [{ kind: 'wrong-format' }];
    case 'invalid_union':
      return [{ kind: 'no-shape-matches' }];
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return [{ kind: 'rule' }];
  }
}

/** The schema's findings on `input`, one per value (and one per unknown field). */
export function schemaProblems(error: z.ZodError, input: unknown): SchemaProblem[] {
  return error.issues.flatMap((issue) =>
    issuesOf(issue, input).map((described) => ({
      path: describePath(issue.path),
      issue: described,
    })),
  );
}

/** One finding on a value, when the caller names the place itself. */
export function schemaIssueOf(issue: z.core.$ZodIssue, input: unknown): SchemaIssue {
  return issuesOf(issue, input)[0] ?? { kind: 'rule' };
}
