import { z } from 'zod';

/**
 * A form field. The form designer (issue 3) extends this with its type registry;
 * every field keeps a stable `id` and an editable, unique `key`.
 */
export const fieldSchema = z.object({
  /** Stable identifier: what conditions, messages and comments refer to. */
  id: z.string().min(1),
  /** Data name of the answer, unique in the form, editable. */
  key: z.string().min(1),
  /** Field type, one of the registry's types. */
  type: z.string().min(1),
  /** Label shown to the requester. */
  label: z.string(),
});

export const pageSchema = z.object({
  /** Stable identifier of the page. */
  id: z.string().min(1),
  /** Title shown to the requester above the page and in the progress indicator. */
  title: z.string(),
  /** Fields of the page, in display order. */
  fields: z.array(fieldSchema),
});

export const formSchema = z.object({
  /** Pages (steps) of the form, in order; there is always at least one. */
  pages: z.array(pageSchema).min(1),
});

export type Field = z.infer<typeof fieldSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Form = z.infer<typeof formSchema>;
