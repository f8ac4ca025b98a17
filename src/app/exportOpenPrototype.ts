import { useEditorStore } from '../state/editorStore';
import { downloadFile } from '../ui/download';

/** Downloads the open prototype as it is on screen, saved or not. */
export async function exportOpenPrototype(): Promise<void> {
  const prototype = useEditorStore.getState().prototype;
  if (!prototype) return;
  // The export code (schemas, hashing) loads on first use, not with the first page.
  const { bundleFile } = await import('../state/exporting');
  const { fileName, text } = await bundleFile(prototype);
  downloadFile(fileName, text);
}
