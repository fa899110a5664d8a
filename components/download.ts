/**
 * Saving a file from an extension page: a Blob and a temporary link with `download`, so no
 * "downloads" permission is needed.
 */

/** Offers `data` to the user as a file named `filename`. */
export function download(filename: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Today's date as YYYY-MM-DD, for file names. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
