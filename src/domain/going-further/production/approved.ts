import { contentHash } from '../../bundle/hash';
import type { Bundle } from '../../bundle/schema';
import { exportedContent } from '../../bundle/writeBundle';
import type { ProcessGraph } from '../../process/graph';
import { readProcessGraph } from '../../process/readGraph';
import type { PrototypeContent } from '../../prototype/schema';
import type { BundleVersion } from '../../review/schema';
import { checkSignoffs, type SignoffStatus } from '../../review/verify';
import type { BasedOn } from './schema';

/**
 * The approved version the production documents are drafted from: its content, the hash
 * the approval signed, and its sign-offs with their fingerprints, checked again here.
 */
export interface ApprovedVersion {
  content: PrototypeContent;
  contentHash: string;
  version?: BundleVersion;
  signoffs: SignoffStatus[];
  /** The process read from its BPMN; empty when it has no diagram. */
  graph: ProcessGraph;
}

/** Why there is no approved version to draft from: each is said plainly to the person. */
export type NotApproved =
  /** No sign-off approves this content: the review is not over, or it was rejected. */
  | { kind: 'not-approved' }
  /** The sign-offs do not hold for this content (changed since, or a broken chain). */
  | { kind: 'not-intact' }
  /** The approved diagram cannot be read. */
  | { kind: 'unreadable-process'; error: string };

export type ApprovedResult =
  { ok: true; approved: ApprovedVersion } | { ok: false; why: NotApproved };

/** What a signed file carries that the approval needs. */
export type SignedContent = Pick<Bundle, 'prototype' | 'signoffs' | 'version' | 'submission'>;

/**
 * The approved version of a signed file (or of a review round and its content): only when
 * its last sign-off approves it and every signature and the chain hold for this content.
 */
export async function approvedVersionOf(signed: SignedContent): Promise<ApprovedResult> {
  const last = signed.signoffs.at(-1);
  if (last?.decision !== 'approved') return { ok: false, why: { kind: 'not-approved' } };
  const content = exportedContent(signed.prototype);
  const hash = await contentHash(content);
  const check = await checkSignoffs({
    actualHash: hash,
    declaredHash: hash,
    signoffs: signed.signoffs,
    submission: signed.submission,
    version: signed.version,
  });
  if (check.problems.length > 0) return { ok: false, why: { kind: 'not-intact' } };
  let graph: ProcessGraph = { elements: [], flows: [] };
  if (content.process.bpmnXml.trim() !== '') {
    const read = await readProcessGraph(content.process.bpmnXml);
    if (!read.ok) return { ok: false, why: { kind: 'unreadable-process', error: read.error } };
    graph = read.graph;
  }
  return {
    ok: true,
    approved: {
      content,
      contentHash: hash,
      ...(signed.version ? { version: signed.version } : {}),
      signoffs: check.signoffs,
      graph,
    },
  };
}

/** Which approved version a document was generated from, as it is stored. */
export function basedOnOf(approved: ApprovedVersion): BasedOn {
  return approved.version
    ? { contentHash: approved.contentHash, versionNumber: approved.version.number }
    : { contentHash: approved.contentHash };
}
