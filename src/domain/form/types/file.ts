import { isAttachedFile, type AttachedFile } from '../answers';
import { problem } from '../problems';
import type { Field } from '../schema';
import { fileExtension } from '../validators';
import { checkCount, common, countSchema, defined, scalar, sampleCount } from './checks';
import type { FieldTypeDefinition, JsonSchema } from './definition';
import { firstValid } from './samples';

const MEGABYTE = 1024 * 1024;

/** The attached files (entries that are not files are no answer); undefined when none. */
function readFiles(value: unknown): AttachedFile[] | undefined {
  const files = Array.isArray(value) ? value.filter(isAttachedFile) : [];
  return files.length > 0 ? files : undefined;
}

/** A letter in either case, for a pattern that must ignore case without flags. */
const eitherCase = (char: string) => {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower === upper) return char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  return `[${lower}${upper}]`;
};

/**
 * A name ending in one of the extensions, as the form compares them (the part after the
 * last dot, in lower case). An extension written with a capital or a dot never matches.
 */
function extensionPattern(fileTypes: readonly string[]): string {
  const usable = fileTypes.filter((type) => type === type.toLowerCase() && !type.includes('.'));
  if (usable.length === 0) return '^(?!)';
  return `\\.(?:${usable.map((type) => [...type].map(eitherCase).join('')).join('|')})$`;
}

function fileSchema(field: Field): JsonSchema {
  const { fileTypes, maxSizeMb } = field.validation ?? {};
  return {
    type: 'object',
    properties: {
      name: defined({
        type: 'string',
        pattern: fileTypes?.length ? extensionPattern(fileTypes) : undefined,
      }),
      size: defined({
        type: 'integer',
        minimum: 0,
        maximum: maxSizeMb !== undefined ? maxSizeMb * MEGABYTE : undefined,
      }),
      type: { type: 'string' },
    },
    required: ['name', 'size'],
    additionalProperties: false,
  };
}

/**
 * A supporting document. The form keeps its name, size and type, never its content: the
 * sample is a stand-in with a name of an accepted kind.
 */
export const file: FieldTypeDefinition = {
  group: 'structured',
  icon: 'PJ',
  keyBase: 'piece',
  answer: 'files',
  format: undefined,
  container: false,
  hasOptions: false,
  properties: [...common, 'files', 'items'],
  ...scalar({
    read: readFiles,
    check(field, files) {
      const { fileTypes, maxSizeMb } = field.validation ?? {};
      const wrongType =
        fileTypes?.length && files.find((one) => !fileTypes.includes(fileExtension(one.name)));
      if (wrongType)
        return [problem(field, 'fileTypes', { name: wrongType.name, types: fileTypes.join(', ') })];
      const tooLarge =
        maxSizeMb !== undefined && files.find((one) => one.size > maxSizeMb * MEGABYTE);
      if (tooLarge) return [problem(field, 'maxSizeMb', { name: tooLarge.name, max: maxSizeMb })];
      return checkCount(field, files.length);
    },
    toData: (files) =>
      files.map(({ name, size, type }) => ({
        name,
        size,
        ...(typeof type === 'string' ? { type } : {}),
      })),
  }),
  jsonSchema: (field) => ({ type: 'array', items: fileSchema(field), ...countSchema(field) }),
  sample(field, context) {
    const extension = field.validation?.fileTypes?.[0] ?? 'pdf';
    const stand = (index: number): AttachedFile => ({
      name: `piece-${index + 1}.${extension}`,
      size: 1024,
      type: extension === 'pdf' ? 'application/pdf' : '',
    });
    const files = Array.from({ length: sampleCount(field) }, (_, index) => stand(index));
    return firstValid(file, field, [field.defaultValue, files], context);
  },
};
