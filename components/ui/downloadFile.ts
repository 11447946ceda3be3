/** Fired on window after a file is saved: the answers are then kept somewhere, so leaving need not ask. */
export const FILE_SAVED_EVENT = 'jak-screener:file-saved';

/** Saves text as a file, made in the browser from memory: nothing is sent anywhere. */
export function downloadFile({ text, fileName, type }: { text: string; fileName: string; type: string }): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
  window.dispatchEvent(new Event(FILE_SAVED_EVENT));
}
