import { get, useFormState } from 'react-hook-form';

/** The message of the error on one answer, if any; re-renders only when it changes. */
export function useFieldError(path: string): string | undefined {
  const { errors } = useFormState({ name: path });
  const error = get(errors, path) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' ? error.message : undefined;
}
