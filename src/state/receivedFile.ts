import { create } from 'zustand';
import type { Bundle } from '../domain/bundle/schema';
import type { SignoffCheck } from '../domain/review/verify';

/** A file whose sign-offs do not hold: opened read-only, never stored, never approvable. */
export interface ReceivedFile {
  fileName: string;
  bundle: Bundle;
  check: SignoffCheck;
}

/** The flagged file opened read-only in this tab; gone on reload (open the file again). */
export const useReceivedFile = create<{ file?: ReceivedFile }>()(() => ({}));

export function openReceivedFile(file: ReceivedFile): void {
  useReceivedFile.setState({ file });
}

export function closeReceivedFile(): void {
  useReceivedFile.setState({ file: undefined });
}
