let guarded = false;

/**
 * With the database in memory, closing or reloading the page loses every prototype: the
 * browser asks first, for as long as the page lives.
 */
export function guardMemoryPage(): void {
  if (guarded) return;
  guarded = true;
  window.addEventListener('beforeunload', (event) => {
    event.preventDefault();
  });
}
