// IndexedDB for storage tests, in memory.
import 'fake-indexeddb/auto';
import { loadPatternEngines } from '../../src/domain/form/patternEngines';

// The prototype's screens load the pattern engines before they show; so do the tests.
await loadPatternEngines();
