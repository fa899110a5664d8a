/**
 * What to tell the user when the database refuses: its quota is full, it is blocked or gone.
 * Whatever was stored before stays as it was (every write is one transaction).
 */

/** A message for the user about a storage error, or null when it is not one. */
export function storageProblem(error: unknown): string | null {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const names = new Set([name, inner]);
  if (names.has('QuotaExceededError')) {
    return "the browser's storage for Clausemark is full. Nothing stored was lost; remove texts from the treaty library or export and delete old notes, then try again.";
  }
  if (names.has('DatabaseClosedError') || names.has('OpenFailedError') || names.has('InvalidStateError') || names.has('UnknownError')) {
    return "Clausemark's database is not available right now (the browser closed or blocked it). Nothing stored was lost; reload the page and try again.";
  }
  if (names.has('VersionError') || names.has('UpgradeError')) {
    return "Clausemark's database was changed by a newer version; reload the extension. Nothing stored was lost.";
  }
  return null;
}
