// The page's first script, a classic one in the head of index.html (scripts/earlyReadScript.ts
// builds it apart): it runs as soon as the page is parsed that far, before the app's module
// (some 450 KB) is even compiled, and starts reading the prototype the address opens. The
// browser's database takes tens of milliseconds to open: that now overlaps the app's start.
import { startEarlyRead } from './earlyRead';

window.fabrikEarlyRead = startEarlyRead(
  window.location.pathname,
  typeof indexedDB === 'undefined' ? undefined : indexedDB,
);
