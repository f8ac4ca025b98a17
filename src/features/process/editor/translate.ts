import { i18n } from '../../../ui/i18n/i18n';
import '../i18n';
import { bpmnJsFrench } from './bpmnJsFrench';

/** A bpmn-js translate function for the app's language (bpmn-js's own strings are English). */
export function translatorFor(language: string) {
  const dictionary = language.startsWith('fr') ? bpmnJsFrench : {};
  return (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? template).replace(
      /\{([^}]+)\}/g,
      (_match, key: string) => replacements[key] ?? `{${key}}`,
    );
}

/**
 * "bpmn:EventBasedGateway" → the type as a user reads it, in the app's language. Every type
 * is named in the process strings: bpmn-js's own names are English and technical.
 */
export function typeLabel(type: string): string {
  const key = `elementType.${type.replace(/^bpmn:/, '')}`;
  return i18n.exists(key, { ns: 'process' })
    ? i18n.t(key, { ns: 'process' })
    : i18n.t('elementType.other', { ns: 'process' });
}
