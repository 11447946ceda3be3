/**
 * Reading the PDFs that page.pdf() makes. Page count from the page objects (Chromium writes them uncompressed);
 * per-page text from poppler's pdftotext where it is installed (Debian poppler-utils), else null.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of each page, or null when pdftotext is not installed. */
export function pdfPageTexts(pdf: Buffer): string[] | null {
  if (!hasPdftotext()) return null;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'summary-pdf-')), 'summary.pdf');
  fs.writeFileSync(file, pdf);
  return Array.from({ length: pdfPageCount(pdf) }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']).toString('utf8'),
  );
}
