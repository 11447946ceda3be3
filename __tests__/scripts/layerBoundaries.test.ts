/**
 * @jest-environment node
 *
 * The layer boundaries of eslint.config.mjs (README "Architecture"): an import against the direction
 * app → components → lib → rules fails lint. Planted imports are linted as if they were files in each layer
 * (ESLint reads them from stdin, so nothing is written to the repository).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

type Planted = [filePath: string, code: string];

/**
 * ESLint's messages for each planted file, linted in one ESLint process (its start is the slow part) with the
 * project's config: one list of "ruleId: message" per file.
 */
function lintMessages(files: readonly Planted[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const files = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [filePath, code] of files) {
        const [result] = await eslint.lintText(code, { filePath });
        out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((error) => { console.error(error); process.exit(2); });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(files), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const AGAINST_THE_DIRECTION: readonly [...Planted, RegExp][] = [
  ['rules/planted.ts', "import { StepForm } from '@/components/flow/StepForm';\nexport const planted = StepForm;\n", /rules\/ never imports UI/],
  ['rules/planted.ts', "import { saveAnswers } from '@/lib/storage/savedAnswers';\nexport const planted = saveAnswers;\n", /import from '@\/lib\/questionnaire' or '@\/lib\/answers'/],
  ['rules/planted.ts', "import type { Answers } from '@/lib/answers/types';\nexport type Planted = Answers;\n", /import from '@\/lib\/questionnaire' or '@\/lib\/answers'/],
  ['rules/planted.ts', "import { useState } from 'react';\nexport const planted = useState;\n", /no React/],
  ['lib/planted.ts', "import { StepForm } from '@/components/flow/StepForm';\nexport const planted = StepForm;\n", /lib\/ never imports components\/ or app\//],
  ['components/planted.tsx', "import About from '@/app/about/page';\nexport const planted = About;\n", /components\/ never imports app\//],
  ['lib/planted.ts', "import { z } from 'zod';\nexport const planted = z;\n", /uses 'zod\/mini'/],
];

const ALLOWED: readonly Planted[] = [
  ['rules/planted.ts', "import { pruneHidden } from '@/lib/answers';\nimport type { Respondent } from '@/lib/questionnaire';\nexport const allowed: [typeof pruneHidden, Respondent] | null = null;\n"],
  ['lib/planted.ts', "import { z } from 'zod/mini';\nimport { evaluate } from '@/rules';\nexport const allowed = [z, evaluate];\n"],
  ['components/planted.tsx', "import { evaluate } from '@/rules';\nimport { pruneHidden } from '@/lib/answers';\nexport const allowed = [evaluate, pruneHidden];\n"],
];

test('a planted import against the direction fails lint with a message naming the rule; the allowed ones pass', () => {
  const messages = lintMessages([...AGAINST_THE_DIRECTION.map(([filePath, code]): Planted => [filePath, code]), ...ALLOWED]);
  AGAINST_THE_DIRECTION.forEach(([filePath, code, message], i) => {
    expect({ filePath, code, messages: messages[i] }).toEqual({ filePath, code, messages: [expect.stringMatching(message)] });
  });
  ALLOWED.forEach(([filePath, code], i) => {
    expect({ filePath, code, messages: messages[AGAINST_THE_DIRECTION.length + i] }).toEqual({ filePath, code, messages: [] });
  });
}, 120_000);
