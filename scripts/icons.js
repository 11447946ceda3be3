#!/usr/bin/env node
// `node scripts/icons.js`: the web app manifest's PNG icons (public/icons/), drawn from app/icon.svg with sharp
// (Next's own image library, already installed), and public/favicon.ico (48, 32 and 16 px) from the 192 px PNG with
// ImageMagick's `convert` (Debian: apt-get install imagemagick), for the tools and bookmarks that ask for
// /favicon.ico instead of reading the pages' SVG icon link. Run after changing the icon; the files are committed.
// The mark is a list of notes, not a tick: a tick would read as "all clear", which this app never says.
// The maskable icon has the mark inside the central 80% safe zone on a full-bleed background.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const sharp = require('sharp');

const root = path.join(__dirname, '..');
const svg = fs.readFileSync(path.join(root, 'app', 'icon.svg'), 'utf8');
const maskable = svg
  .replace('<rect width="32" height="32" rx="6" fill="#1d4f91"/>', '<rect width="32" height="32" fill="#1d4f91"/>')
  .replace('<path ', '<path transform="translate(3.2 3.2) scale(0.8)" ');

async function main() {
  const out = path.join(root, 'public', 'icons');
  fs.mkdirSync(out, { recursive: true });
  for (const size of [192, 512]) {
    await sharp(Buffer.from(svg), { density: (72 * size) / 32 }).resize(size, size).png().toFile(path.join(out, `icon-${size}.png`));
  }
  await sharp(Buffer.from(maskable), { density: (72 * 512) / 32 }).resize(512, 512).png().toFile(path.join(out, 'maskable-512.png'));
  execFileSync('convert', [path.join(out, 'icon-192.png'), '-define', 'icon:auto-resize=48,32,16', path.join(root, 'public', 'favicon.ico')]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
