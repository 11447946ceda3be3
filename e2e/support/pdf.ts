/**
 * Reading the PDFs that page.pdf() makes: the page count from the page objects (Chromium writes them uncompressed)
 * and the text of each page from poppler's pdftotext (Debian poppler-utils, which `npm test` needs: the print
 * checks cannot pass without it). Also renders pages to PNG (pdftoppm) to look at them.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

function writeTemp(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'summary-pdf-')), 'summary.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

/**
 * The text of each page (pdftotext -layout, one call per page), whitespace runs collapsed to one space.
 * Throws when pdftotext is missing, with what to install.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const file = writeTemp(pdf);
  try {
    return Array.from({ length: pdfPageCount(pdf) }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'])
        .toString('utf8')
        .replace(/\s+/g, ' '),
    );
  } catch (error) {
    throw new Error(`pdftotext failed (install poppler-utils): ${(error as Error).message}`);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** Renders every page to `<prefix>-<n>.png` at `dpi` (pdftoppm), for a person to look at. */
export function pdfToPngs(pdf: Buffer, prefix: string, dpi = 80): void {
  const file = writeTemp(pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, prefix]);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
