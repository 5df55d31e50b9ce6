/**
 * Offers text as a file download (a Blob behind a temporary link), e.g. a CSV export or a log.
 * A UTF-8 byte order mark leads the file so spreadsheet apps and editors read it as UTF-8.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
