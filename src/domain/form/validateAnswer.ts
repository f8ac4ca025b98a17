import { addressParts, identityParts, isAttachedFile, partsOf } from './answers';
import { fieldRegistry } from './registry';
import type { Field, RuleName } from './schema';
import { isFilled, isIsoDate, parseNumber } from './values';
import {
  compilePattern,
  fileExtension,
  hasAtMostTwoDecimals,
  isValidEmail,
  isValidFrenchPhone,
  isValidIban,
  isValidPostalCode,
  isValidSiret,
} from './validators';

export type ProblemCode =
  | RuleName
  | 'required'
  | 'consentRequired'
  | 'itemsRequired'
  | 'email'
  | 'phone'
  | 'siret'
  | 'iban'
  | 'amount'
  | 'notANumber'
  | 'invalidDate'
  | 'postalCode'
  | 'unknownOption';

/** What is wrong with an answer; `part` names the box of a composite answer. */
export interface AnswerProblem {
  code: ProblemCode;
  part?: string;
  params?: Record<string, string | number>;
  /** The designer's own message for this rule, if they wrote one. */
  message?: string;
}

export interface ValidationContext {
  /** Whether the field must be answered here (its `required`, or its `requiredWhen` holding). */
  required: boolean;
  /** Today as "YYYY-MM-DD", for date rules that say "today". */
  today: string;
}

const day = (bound: string, today: string) => (bound === 'today' ? today : bound);

function problem(
  field: Field,
  code: ProblemCode,
  params?: AnswerProblem['params'],
  part?: string,
): AnswerProblem {
  const message = field.validation?.messages?.[code as RuleName];
  return {
    code,
    ...(part ? { part } : {}),
    ...(params ? { params } : {}),
    ...(message?.trim() ? { message } : {}),
  };
}

function checkText(field: Field, text: string): AnswerProblem[] {
  const rules = field.validation ?? {};
  const format = fieldRegistry[field.type].format;
  if (format === 'email' && !isValidEmail(text)) return [problem(field, 'email')];
  if (format === 'phone' && !isValidFrenchPhone(text)) return [problem(field, 'phone')];
  if (format === 'siret' && !isValidSiret(text)) return [problem(field, 'siret')];
  if (format === 'iban' && !isValidIban(text)) return [problem(field, 'iban')];
  const length = [...text].length;
  if (rules.minLength !== undefined && length < rules.minLength) {
    return [problem(field, 'minLength', { min: rules.minLength })];
  }
  if (rules.maxLength !== undefined && length > rules.maxLength) {
    return [problem(field, 'maxLength', { max: rules.maxLength })];
  }
  if (rules.pattern) {
    const pattern = compilePattern(rules.pattern);
    if (pattern && !pattern.test(text)) return [problem(field, 'pattern')];
  }
  return [];
}

function checkNumber(field: Field, value: unknown): AnswerProblem[] {
  const number = parseNumber(value);
  if (number === undefined) return [problem(field, 'notANumber')];
  if (fieldRegistry[field.type].format === 'amount' && !hasAtMostTwoDecimals(number)) {
    return [problem(field, 'amount')];
  }
  const { min, max } = field.validation ?? {};
  if (min !== undefined && number < min) return [problem(field, 'min', { min })];
  if (max !== undefined && number > max) return [problem(field, 'max', { max })];
  return [];
}

function checkDate(field: Field, value: string, today: string, part?: string): AnswerProblem[] {
  if (!isIsoDate(value)) return [problem(field, 'invalidDate', undefined, part)];
  const { minDate, maxDate } = field.validation ?? {};
  if (minDate && value < day(minDate, today))
    return [problem(field, 'minDate', { date: day(minDate, today) }, part)];
  if (maxDate && value > day(maxDate, today))
    return [problem(field, 'maxDate', { date: day(maxDate, today) }, part)];
  return [];
}

function checkCount(field: Field, count: number): AnswerProblem[] {
  const { minItems, maxItems } = field.validation ?? {};
  if (minItems !== undefined && count < minItems)
    return [problem(field, 'minItems', { min: minItems })];
  if (maxItems !== undefined && count > maxItems)
    return [problem(field, 'maxItems', { max: maxItems })];
  return [];
}

/**
 * The blocks of a repeatable group: a required group needs one at least (the requester can
 * remove the first one), unless its fewest count already asks for more.
 */
function checkItems(field: Field, value: unknown, required: boolean): AnswerProblem[] {
  const count = Array.isArray(value) ? value.length : 0;
  const counted = checkCount(field, count);
  if (count > 0 || !required || counted.length > 0) return counted;
  const label = field.itemLabel?.trim();
  return [problem(field, 'itemsRequired', label ? { label } : undefined)];
}

function checkFiles(field: Field, value: unknown): AnswerProblem[] {
  const files = Array.isArray(value) ? value.filter(isAttachedFile) : [];
  const { fileTypes, maxSizeMb } = field.validation ?? {};
  const wrongType =
    fileTypes?.length && files.find((file) => !fileTypes.includes(fileExtension(file.name)));
  if (wrongType)
    return [problem(field, 'fileTypes', { name: wrongType.name, types: fileTypes.join(', ') })];
  const tooLarge =
    maxSizeMb !== undefined && files.find((file) => file.size > maxSizeMb * 1024 * 1024);
  if (tooLarge) return [problem(field, 'maxSizeMb', { name: tooLarge.name, max: maxSizeMb })];
  return checkCount(field, files.length);
}

function checkParts(
  field: Field,
  value: unknown,
  required: boolean,
  today: string,
): AnswerProblem[] {
  const parts = partsOf(value);
  const names = field.type === 'identity' ? identityParts : addressParts;
  const problems: AnswerProblem[] = [];
  for (const part of names) {
    const text = parts[part]?.trim() ?? '';
    if (text === '') {
      if (required && part !== 'line2') problems.push(problem(field, 'required', undefined, part));
      continue;
    }
    if (part === 'postalCode' && !isValidPostalCode(text))
      problems.push(problem(field, 'postalCode', undefined, part));
    if (part === 'birthDate') {
      const [dateProblem] = checkDate(
        { ...field, validation: { maxDate: 'today' } },
        text,
        today,
        part,
      );
      if (dateProblem) problems.push(dateProblem);
    }
  }
  return problems;
}

/**
 * What is wrong with one answer, if anything: required first, then the format, then the
 * designer's rules. The preview and the try-out show these; nothing else decides.
 */
export function validateAnswer(
  field: Field,
  value: unknown,
  { required, today }: ValidationContext,
): AnswerProblem[] {
  const kind = fieldRegistry[field.type].answer;
  if (kind === 'identity' || kind === 'address') return checkParts(field, value, required, today);
  if (kind === 'items') return checkItems(field, value, required);
  if (!isFilled(value)) {
    if (!required) return [];
    return [problem(field, kind === 'boolean' ? 'consentRequired' : 'required')];
  }
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? checkText(field, value.trim()) : [];
    case 'number':
      return checkNumber(field, value);
    case 'date':
      return typeof value === 'string'
        ? checkDate(field, value, today)
        : [problem(field, 'invalidDate')];
    case 'choice': {
      if (field.type === 'yesNo')
        return value === 'yes' || value === 'no' ? [] : [problem(field, 'unknownOption')];
      const known = field.options?.some((option) => option.value === value);
      return known ? [] : [problem(field, 'unknownOption')];
    }
    case 'choices':
      return checkCount(field, Array.isArray(value) ? value.length : 0);
    case 'files':
      return checkFiles(field, value);
    default:
      return [];
  }
}
