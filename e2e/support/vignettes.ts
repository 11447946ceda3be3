/** The public vignettes (copied into __tests__/fixtures), as files to load through the start page. */
import fs from 'fs';
import path from 'path';

const DIRECTORY = path.join(__dirname, '..', '..', '__tests__', 'fixtures', 'vignettes');

export const VIGNETTES = fs
  .readdirSync(DIRECTORY)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const vignette = JSON.parse(fs.readFileSync(path.join(DIRECTORY, file), 'utf8'));
    return {
      name: file.replace(/\.json$/, ''),
      flagIds: Object.keys(vignette.expect.flags) as string[],
      file: { name: file, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(vignette.input)) },
    };
  });
