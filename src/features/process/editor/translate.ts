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

/** "bpmn:UserTask" → "User task" → its translation: the type as a user reads it. */
export function typeLabel(type: string, translate: (template: string) => string): string {
  const words = type.replace(/^bpmn:/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  const sentence = words.charAt(0) + words.slice(1).toLowerCase();
  return translate(sentence);
}
