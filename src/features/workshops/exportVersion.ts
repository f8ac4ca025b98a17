import { loadVersion, versionBundleFile } from '../../state/versions';
import { downloadFile } from '../../ui/download';

/** Downloads a version as a bundle that says which version it is (in its name too). */
export async function exportVersion(id: string): Promise<void> {
  const version = await loadVersion(id);
  if (!version) return;
  const { fileName, text } = await versionBundleFile(version);
  downloadFile(fileName, text);
}
