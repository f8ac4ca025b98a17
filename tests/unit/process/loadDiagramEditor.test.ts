import { beforeEach, describe, expect, it, vi } from 'vitest';

const chunk = '../../../src/features/process/editor/createDiagramEditor';
const createDiagramEditor = vi.fn();

/** The module under test, fresh, with the editor's chunk replaced by `factory`. */
async function loaderWith(factory: () => Record<string, unknown>) {
  vi.doMock(chunk, factory);
  return (await import('../../../src/features/process/loadDiagramEditor')).loadDiagramEditor;
}

describe('loadDiagramEditor (bpmn-js’s chunk for the Processing step)', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.doUnmock(chunk);
  });

  it('tries again after a failed download', async () => {
    let failed = false;
    const loadDiagramEditor = await loaderWith(() => {
      if (!failed) {
        failed = true;
        throw new Error('Failed to fetch dynamically imported module');
      }
      return { createDiagramEditor };
    });
    await expect(loadDiagramEditor()).rejects.toThrow();
    vi.resetModules();
    await expect(loadDiagramEditor()).resolves.toMatchObject({ createDiagramEditor });
  });
});
