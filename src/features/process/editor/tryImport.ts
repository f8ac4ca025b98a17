import Viewer from 'bpmn-js/lib/Viewer';
import { fabrikModdleDescriptor } from '../../../domain/process/fabrikModdle';
import { screenBpmnText } from '../../../domain/process/safeXml';
import type { ImportOutcome } from './types';

/** bpmn-js's warnings are errors, though typed as strings. */
export const warningText = (warning: unknown) =>
  String((warning as { message?: unknown } | undefined)?.message ?? warning);

/**
 * Imports the XML into a throwaway viewer first, so that a file bpmn-js can only partly
 * read is refused with its warnings while the diagram on screen stays untouched.
 */
export async function tryImport(xml: string): Promise<ImportOutcome> {
  const unsafe = screenBpmnText(xml);
  if (unsafe) return { ok: false, error: unsafe, warnings: [] };
  const container = document.createElement('div');
  const viewer = new Viewer({ container, moddleExtensions: { fabrik: fabrikModdleDescriptor } });
  try {
    const { warnings } = await viewer.importXML(xml);
    return { ok: true, warnings: warnings.map(warningText) };
  } catch (error) {
    const warnings = (error as { warnings?: { message?: unknown }[] }).warnings ?? [];
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      warnings: warnings.map(warningText),
    };
  } finally {
    viewer.destroy();
  }
}
