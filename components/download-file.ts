/**
 * Offers text as a file download through the page's own DOM (a blob link), so
 * extension pages need no downloads permission.
 */
export function downloadFile(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Revoked later: a browser may read the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
