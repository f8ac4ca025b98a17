import { z } from 'zod';
import { screenBpmnText } from './safeXml';

/** Longest role name: a job title, not a paragraph. */
export const ROLE_NAME_MAX_LENGTH = 80;

export const roleNameSchema = z.string().trim().min(1).max(ROLE_NAME_MAX_LENGTH);

export const processSchema = z.object({
  /** The processing flow as BPMN 2.0 XML, with Fabrik's attributes in its own namespace. */
  bpmnXml: z.string().refine((xml) => xml === '' || screenBpmnText(xml) === undefined, {
    // The same screening as a .bpmn file gets: a diagram inside a bundle is untrusted too.
    message: 'The processing diagram must be BPMN without DOCTYPE or ENTITY, under 5 MB.',
  }),
  /** Who may do a step (`fabrik:role` names one of these), unique, in the order they were added. */
  roles: z.array(roleNameSchema).refine((roles) => new Set(roles).size === roles.length, {
    message: 'Each role must appear only once.',
  }),
});

export type Process = z.infer<typeof processSchema>;
