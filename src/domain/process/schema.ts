import { z } from 'zod';

/** Longest role name: a job title, not a paragraph. */
export const ROLE_NAME_MAX_LENGTH = 80;

export const roleNameSchema = z.string().trim().min(1).max(ROLE_NAME_MAX_LENGTH);

export const processSchema = z.object({
  /** The processing flow as BPMN 2.0 XML, with Fabrik's attributes in its own namespace. */
  bpmnXml: z.string(),
  /** Who may do a step (`fabrik:role` names one of these), unique, in the order they were added. */
  roles: z.array(roleNameSchema).refine((roles) => new Set(roles).size === roles.length, {
    message: 'Each role must appear only once.',
  }),
});

export type Process = z.infer<typeof processSchema>;
