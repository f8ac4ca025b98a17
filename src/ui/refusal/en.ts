import type { Translation } from '../i18n/types';
import type { refusalFr } from './fr';

export const refusalEn: Translation<typeof refusalFr> = {
  notText: 'This file is not a text file: a Fabrik prototype is a UTF-8 JSON file (.fabrik.json).',
  utf16:
    'This file is saved as UTF-16; Fabrik reads UTF-8 files. Save it as UTF-8, or ask for the original file.',
  syntax: {
    at: 'line {{line}}, column {{column}}: {{problem}}',
    'unexpected-end': 'the file stops before its end (it was probably cut)',
    'unterminated-string': 'a text is not closed by a quotation mark',
    'unexpected-character': 'unexpected character',
    'unexpected-character-found': 'unexpected character “{{found}}”',
    'expected-comma': 'a comma is missing',
    'expected-colon': 'the “:” sign is missing after a field name',
    'expected-property-name': 'a field name in quotation marks is expected',
    'expected-value': 'a value is expected',
    'unclosed-object': 'a “}” brace is missing',
    'unclosed-list': 'a “]” bracket is missing',
    'text-after-end': 'text follows the end of the data',
    comment: 'JSON does not allow comments',
    'bad-number': 'a number is badly written',
    'bad-escape': 'a text holds an invalid “\\” sequence',
  },
  depth:
    'The file nests data more than {{max}} levels deep (line {{line}}): no Fabrik prototype has that many. It was not read.',
  stringLength:
    'The file holds a text of more than {{max}} characters (line {{line}}): no Fabrik prototype has one that long. It was not read.',
  values:
    'The file holds more than {{max}} values: no Fabrik prototype has that many. It was not read.',
  tooManySignoffs:
    'The file carries {{found}} sign-offs, far more than a review’s (verification, then approval): Fabrik reads at most {{max}}.',
  reservedKey:
    'The file holds a field named “{{key}}” (in {{path}}), which Fabrik never writes: that name is used to subvert the programs that read the file.',
  controlCharacter:
    'The text {{path}} holds an invisible control character ({{found}}): it could make it read as something other than what is written. Correct this text where the file was made, then export it again.',
  brokenText:
    'The text {{path}} holds a broken character (half of a Unicode character): it is not valid text.',
  textTooLong:
    'The text {{path}} is {{length}} characters long; Fabrik accepts at most {{max}} per text.',
  unsafeId:
    'The identifier “{{id}}” ({{path}}) is not a Fabrik identifier: an identifier holds only unaccented letters, digits, “-” and “_”, and is not a reserved name such as “constructor”.',
  unreadable:
    'This file could not be checked: it does not look like a file written by Fabrik. It was not read.',
  tooSlow:
    'Checking the file was stopped after {{seconds}} seconds: no Fabrik prototype takes that much work. It was not read.',
  root: 'the root of the file',
  kind: {
    text: 'a text',
    number: 'a number',
    boolean: 'true or false',
    list: 'a list',
    object: 'an object',
    null: 'empty (null)',
    other: 'another kind of value',
  },
  issue: {
    missing: 'missing',
    'wrong-kind': 'should be {{expected}}, is {{found}}',
    'too-short-text_one': 'too short: at least {{count}} character',
    'too-short-text_other': 'too short: at least {{count}} characters',
    'too-short-list_one': 'too few items: at least {{count}}',
    'too-short-list_other': 'too few items: at least {{count}}',
    'too-long-text_one': 'too long: at most {{count}} character',
    'too-long-text_other': 'too long: at most {{count}} characters',
    'too-long-list_one': 'too many items: at most {{count}}',
    'too-long-list_other': 'too many items: at most {{count}}',
    'too-small': 'too small: at least {{minimum}}',
    'too-large': 'too large: at most {{maximum}}',
    'not-allowed': 'unexpected value (possible values: {{allowed}})',
    'unknown-field': 'unknown field “{{field}}”',
    'wrong-format': 'format not recognised',
    'no-shape-matches': 'matches none of the accepted shapes',
    rule: 'against Fabrik’s rules (a duplicate identifier, for example)',
  },
};
