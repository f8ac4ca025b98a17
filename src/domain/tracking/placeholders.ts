/**
 * Placeholders in message templates. A template is stored with placeholders by stable
 * id ({{field:<field id>}}, {{builtin:<name>}}) and shown to the team by name
 * ({{nom}}, {{code_suivi}}), so renaming a field's key breaks nothing.
 */

export const builtinPlaceholders = [
  'trackingCode',
  'requesterName',
  'submissionDate',
  'expectedDate',
  'reason',
] as const;

export type BuiltinPlaceholder = (typeof builtinPlaceholders)[number];
export type PlaceholderLanguage = 'fr' | 'en';

/** What the team types for each built-in placeholder, in each interface language. */
export const builtinNames: Record<BuiltinPlaceholder, Record<PlaceholderLanguage, string>> = {
  trackingCode: { fr: 'code_suivi', en: 'tracking_code' },
  requesterName: { fr: 'nom_demandeur', en: 'requester_name' },
  submissionDate: { fr: 'date_depot', en: 'submission_date' },
  expectedDate: { fr: 'date_prevue', en: 'expected_date' },
  reason: { fr: 'motif', en: 'reason' },
};

/** Prefix that names a field explicitly, when its key is also a built-in name. */
const fieldPrefixes: Record<PlaceholderLanguage, string> = { fr: 'champ:', en: 'field:' };

/** The little a placeholder needs to know about a form field. */
export interface PlaceholderField {
  id: string;
  key: string;
  label: string;
}

export type TemplateToken =
  | { kind: 'text'; text: string }
  /** `inner` is what sits between the braces, trimmed. */
  | { kind: 'placeholder'; inner: string; raw: string; start: number }
  /** A `{{` with no `}}` before the next `{{` or the end: kept as text, and reported. */
  | { kind: 'unclosed'; text: string; start: number };

/** Splits a template into text and placeholders; never throws. */
export function tokenize(template: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let position = 0;
  const pushText = (text: string) => {
    if (text === '') return;
    const last = tokens.at(-1);
    if (last?.kind === 'text') last.text += text;
    else tokens.push({ kind: 'text', text });
  };
  while (position < template.length) {
    const open = template.indexOf('{{', position);
    if (open < 0) break;
    pushText(template.slice(position, open));
    const close = template.indexOf('}}', open + 2);
    const nextOpen = template.indexOf('{{', open + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      const end = nextOpen >= 0 ? nextOpen : template.length;
      tokens.push({ kind: 'unclosed', text: template.slice(open, end), start: open });
      position = end;
      continue;
    }
    const raw = template.slice(open, close + 2);
    tokens.push({ kind: 'placeholder', inner: raw.slice(2, -2).trim(), raw, start: open });
    position = close + 2;
  }
  pushText(template.slice(position));
  return tokens;
}

export type PlaceholderRef =
  | { kind: 'builtin'; name: BuiltinPlaceholder }
  /** `keyHint`: the field's key when the template was last edited. */
  | { kind: 'field'; fieldId: string; keyHint?: string }
  /** A name that was typed and matched nothing when it was stored. */
  | { kind: 'name'; name: string };

const builtinByName = new Map<string, BuiltinPlaceholder>(
  builtinPlaceholders.flatMap((name) =>
    Object.values(builtinNames[name]).map((typed) => [typed, name] as const),
  ),
);

function isBuiltin(value: string): value is BuiltinPlaceholder {
  return (builtinPlaceholders as readonly string[]).includes(value);
}

/** What a stored placeholder refers to. */
export function storedRef(inner: string): PlaceholderRef {
  if (inner.startsWith('builtin:')) {
    const name = inner.slice('builtin:'.length);
    return isBuiltin(name) ? { kind: 'builtin', name } : { kind: 'name', name: inner };
  }
  if (inner.startsWith('field:')) {
    const [fieldId = '', keyHint] = inner.slice('field:'.length).split('|', 2);
    return keyHint ? { kind: 'field', fieldId, keyHint } : { kind: 'field', fieldId };
  }
  return { kind: 'name', name: inner };
}

function refToStored(ref: PlaceholderRef): string {
  if (ref.kind === 'builtin') return `{{builtin:${ref.name}}}`;
  if (ref.kind === 'field') {
    return ref.keyHint ? `{{field:${ref.fieldId}|${ref.keyHint}}}` : `{{field:${ref.fieldId}}}`;
  }
  return `{{${ref.name}}}`;
}

/** What a placeholder as typed by the team refers to. */
export function typedRef(inner: string, fields: readonly PlaceholderField[]): PlaceholderRef {
  const builtin = builtinByName.get(inner);
  if (builtin) return { kind: 'builtin', name: builtin };
  const prefix = Object.values(fieldPrefixes).find((candidate) => inner.startsWith(candidate));
  const name = prefix ? inner.slice(prefix.length) : inner;
  const field =
    fields.find((candidate) => candidate.key === name) ??
    (prefix ? fields.find((candidate) => candidate.id === name) : undefined);
  if (field) return { kind: 'field', fieldId: field.id, keyHint: field.key };
  if (prefix) return { kind: 'field', fieldId: name };
  if (inner.startsWith('builtin:')) return storedRef(inner);
  return { kind: 'name', name };
}

function mapPlaceholders(template: string, map: (inner: string) => string): string {
  return tokenize(template)
    .map((token) => (token.kind === 'placeholder' ? map(token.inner) : token.text))
    .join('');
}

/** The template as stored: placeholders typed by name are kept by id. */
export function toStoredTemplate(typed: string, fields: readonly PlaceholderField[]): string {
  return mapPlaceholders(typed, (inner) =>
    inner === '' ? '{{}}' : refToStored(typedRef(inner, fields)),
  );
}

/** The template as the team reads it: placeholders by their current name. */
export function toTypedTemplate(
  stored: string,
  fields: readonly PlaceholderField[],
  language: PlaceholderLanguage,
): string {
  return mapPlaceholders(stored, (inner) => {
    if (inner === '') return '{{}}';
    const ref = storedRef(inner);
    if (ref.kind === 'builtin') return `{{${builtinNames[ref.name][language]}}}`;
    if (ref.kind === 'name') return `{{${ref.name}}}`;
    const field = fields.find((candidate) => candidate.id === ref.fieldId);
    if (!field) return `{{${fieldPrefixes[language]}${ref.keyHint ?? ref.fieldId}}}`;
    return builtinByName.has(field.key)
      ? `{{${fieldPrefixes[language]}${field.key}}}`
      : `{{${field.key}}}`;
  });
}

/** How a placeholder is typed for a field, in the team's language. */
export function typedFieldPlaceholder(field: PlaceholderField, language: PlaceholderLanguage) {
  return builtinByName.has(field.key)
    ? `{{${fieldPrefixes[language]}${field.key}}}`
    : `{{${field.key}}}`;
}

/** The field a stored placeholder resolves to now: by id, or by key for an old typed name. */
export function resolveField(
  ref: PlaceholderRef,
  fields: readonly PlaceholderField[],
): PlaceholderField | undefined {
  if (ref.kind === 'field') return fields.find((field) => field.id === ref.fieldId);
  if (ref.kind === 'name') return fields.find((field) => field.key === ref.name);
  return undefined;
}

/** Ids of the fields a stored template refers to. */
export function referencedFieldIds(stored: string): string[] {
  return tokenize(stored).flatMap((token) => {
    if (token.kind !== 'placeholder') return [];
    const ref = storedRef(token.inner);
    return ref.kind === 'field' ? [ref.fieldId] : [];
  });
}
