import { z } from 'zod';

export const processSchema = z.object({
  /** The processing flow as BPMN 2.0 XML, with Fabrik's attributes in its own namespace. */
  bpmnXml: z.string(),
});

export type Process = z.infer<typeof processSchema>;
