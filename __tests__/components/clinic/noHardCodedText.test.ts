/**
 * Issue 14, item 1: every user-facing string comes from the message catalogue. A source scan of the clinic staff's
 * components and page: JSX text with letters, a string literal in braces, or a string literal given to an attribute
 * a person reads or hears (aria-label, title, placeholder, alt, and the ui kit's label, hint, legend and the clinic
 * forms' action and submitLabel) fails here, naming the file and line.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');
const SCANNED = ['components/clinic', 'app/(screening)/clinic'];
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'hint', 'legend', 'action', 'submitLabel', 'unit']);
/** Text that is not words for a person (none yet): `file:text`. */
const ALLOWED = new Set<string>([]);
const LETTERS = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

/** Every hard-coded user-facing text in a TSX source, as "line: text". */
function hardCodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (LETTERS.test(text) && !ALLOWED.has(`${fileName}:${text.trim()}`)) found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  };
  const literalText = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : node && ts.isTemplateExpression(node) ? node.getText() : undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== undefined) report(node, text);
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const { initializer } = node;
      const text = ts.isStringLiteral(initializer) ? initializer.text : ts.isJsxExpression(initializer) ? literalText(initializer.expression) : undefined;
      if (text !== undefined) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const files = SCANNED.flatMap((dir) => tsxFiles(join(ROOT, dir))).map((path) => relative(ROOT, path));

test('the scan reads the clinic components and page', () => {
  expect(files).toEqual(expect.arrayContaining(['components/clinic/ClinicModePanel.tsx', 'components/clinic/FinishAndClearDialog.tsx', join('app', '(screening)', 'clinic', 'page.tsx')]));
});

test.each(files)('%s has no hard-coded user-facing text', (file) => {
  expect(hardCodedTexts(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
});

test('the scan finds JSX text, a literal in braces and a literal attribute, and lets catalogue calls and punctuation through', () => {
  const source = `export const A = () => (
    <div aria-label="Close">
      <h2>Turn off</h2>
      <>{'Not yet'}</>
      <Field label={\`New \${kind} code\`} hint={t('hint')} />
      <p>{t('text')} · {count}</p>
    </div>
  );`;
  expect(hardCodedTexts('Sample.tsx', source)).toEqual(['2: Close', '3: Turn off', '4: Not yet', '5: `New ${kind} code`']);
});
