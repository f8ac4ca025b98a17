import { z } from 'zod';

export const statusSchema = z.object({
  /** Stable identifier, referred to by the process (`fabrik:status`) and messages. */
  id: z.string().min(1),
  /** Label the requester reads on their tracking page. */
  label: z.string(),
  /** Colour of the status badge, as a CSS hex colour. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** Whether the requester sees this status, or it stays internal. */
  visibleToRequester: z.boolean(),
  /** What happens now and what is expected of the requester, in plain words. */
  explanation: z.string(),
  /** Whether the request ends in this status. */
  final: z.boolean(),
});

export const trackingSchema = z.object({
  /** The statuses of a request, in the order the requester meets them. */
  statuses: z.array(statusSchema),
});

export type Status = z.infer<typeof statusSchema>;
export type Tracking = z.infer<typeof trackingSchema>;
