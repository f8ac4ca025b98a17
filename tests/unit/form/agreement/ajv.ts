import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { jsonSchemaKeywords } from '../../../../src/domain/form/jsonSchemaKeywords';

export const TODAY = '2026-11-23';

/**
 * Ajv for JSON Schema 2020-12 in strict mode, with the standard formats and Fabrik's
 * declared keywords: what a team building the service would use.
 */
export function strictAjv(today = TODAY) {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  for (const keyword of jsonSchemaKeywords(today)) ajv.addKeyword(keyword);
  return ajv;
}
