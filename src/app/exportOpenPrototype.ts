import { useEditorStore } from '../state/editorStore';
import { bundleFile } from '../state/exporting';
import { downloadFile } from '../ui/download';

/** Downloads the open prototype as it is on screen, saved or not. */
export async function exportOpenPrototype(): Promise<void> {
  const prototype = useEditorStore.getState().prototype;
  if (!prototype) return;
  const { fileName, text } = await bundleFile(prototype);
  downloadFile(fileName, text);
}
