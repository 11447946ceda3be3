/**
 * @jest-environment node
 *
 * No way out for the answers (SAFETY.md checklist 9; docs/SECURITY.md "What is never sent"): no server
 * actions, no route handler that takes a body, no package outside the allow-list, no network call and no
 * other origin in the app's own code. Each scanner is first shown to catch what it looks for.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Every file under the given folders (those that exist) plus the given root files, as repo-relative paths. */
function filesIn(folders: readonly string[], rootFiles: readonly string[] = []): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(ROOT, join(dir, entry.name))],
    );
  const existing = (path: string) => statSync(join(ROOT, path), { throwIfNoEntry: false }) !== undefined;
  return [...folders.filter(existing).flatMap((folder) => walk(join(ROOT, folder))), ...rootFiles.filter(existing)];
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const CODE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;

/** A 'use server' directive, in any quotes: Server Actions POST form data to the server. */
const USE_SERVER = /(['"`])use server\1/;

/** The HTTP methods that carry a request body, for which a file exports a handler. */
function bodyMethodsExported(source: string): string[] {
  const METHOD = /\b(POST|PUT|PATCH|DELETE)\b/g;
  const declared = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const|let|var)\s+(POST|PUT|PATCH|DELETE)\b/g)];
  const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((list) => [...list[1].matchAll(METHOD)]);
  return [...declared, ...listed].map((match) => match[1]);
}

/** Browser APIs that send data. The app has nothing to send: every feature works offline. */
const NETWORK_CALLS = /\bfetch\s*\(|\bXMLHttpRequest\b|\bsendBeacon\b|\bnew\s+WebSocket\b|\bnew\s+EventSource\b/;

/**
 * http(s) URLs that are names, not places: XML namespaces, FHIR canonical URLs and code systems. Nothing
 * dereferences them, and the CSP (connect-src 'self') would block it if anything tried.
 * jak-screener.example is a reserved name (RFC 2606) that can never resolve.
 */
const IDENTIFIER_URLS = [
  'http://www.w3.org/',
  'http://hl7.org/fhir/',
  'http://terminology.hl7.org/',
  'http://snomed.info/sct',
  'http://loinc.org',
  'http://unitsofmeasure.org',
  'https://jak-screener.example/',
];

interface UrlUse {
  line: number;
  url: string;
  /** Used where the browser would load or submit to it: src, href, action, CSS url(). */
  loaded: boolean;
}

const COMMENT_LINE = /^\s*(\/\/|\/\*|\*|\{\/\*)/;
const LOADED_AT = /(\b(src|srcSet|href|action|formAction|poster|data)\s*=\s*\{?\s*['"`]|url\(\s*['"]?|@import\s+['"])$/;

/** The http(s) URLs in code (comments excepted: a cited document is not a request). */
function urlsIn(source: string): UrlUse[] {
  return source.split('\n').flatMap((text, index) => {
    if (COMMENT_LINE.test(text)) return [];
    return [...text.matchAll(/https?:\/\/[^\s'"`)<>]+/g)].map((match) => ({
      line: index + 1,
      url: match[0],
      loaded: LOADED_AT.test(text.slice(0, match.index)),
    }));
  });
}

/** URLs that point at another origin: any URL used as a place to load from, or any URL not an identifier. */
function thirdPartyUrls(source: string): UrlUse[] {
  return urlsIn(source).filter((use) => use.loaded || !IDENTIFIER_URLS.some((prefix) => use.url.startsWith(prefix)));
}

describe('the scanners catch what they look for', () => {
  test('a server action directive, in any quotes', () => {
    expect(USE_SERVER.test(`'use server';`)).toBe(true);
    expect(USE_SERVER.test(`  "use server"\nexport async function save() {}`)).toBe(true);
    expect(USE_SERVER.test(`'use client';`)).toBe(false);
  });

  test('a route handler for a method with a body, however it is exported', () => {
    expect(bodyMethodsExported('export async function POST(request: Request) {}')).toEqual(['POST']);
    expect(bodyMethodsExported('export const PUT = handler;')).toEqual(['PUT']);
    expect(bodyMethodsExported('export { handler as PATCH, other as DELETE };')).toEqual(['PATCH', 'DELETE']);
    expect(bodyMethodsExported('export function GET() {}')).toEqual([]);
  });

  test('a network call', () => {
    expect(NETWORK_CALLS.test('await fetch("/api")')).toBe(true);
    expect(NETWORK_CALLS.test('navigator.sendBeacon(url, body)')).toBe(true);
    expect(NETWORK_CALLS.test('const socket = new WebSocket(url)')).toBe(true);
    expect(NETWORK_CALLS.test('const prefetched = true;')).toBe(false);
  });

  test('another origin in code, but not an identifier or a cited document', () => {
    expect(thirdPartyUrls('const endpoint = "https://collect.example.com/v1";')).toHaveLength(1);
    expect(thirdPartyUrls('<Script src="https://www.googletagmanager.com/gtag/js" />')).toHaveLength(1);
    expect(thirdPartyUrls("<img src='http://www.w3.org/logo.png' />")).toHaveLength(1);
    expect(thirdPartyUrls('body { background: url(https://cdn.example/bg.png) }')).toHaveLength(1);
    expect(thirdPartyUrls('<svg xmlns="http://www.w3.org/2000/svg">')).toEqual([]);
    expect(thirdPartyUrls("system: 'http://snomed.info/sct',")).toEqual([]);
    expect(thirdPartyUrls('// Label section 5.1: https://www.accessdata.fda.gov/label.pdf')).toEqual([]);
  });
});

describe("the app's own code", () => {
  test("no 'use server' anywhere in app/, components/, lib/ or rules/", () => {
    const offenders = filesIn(['app', 'components', 'lib', 'rules'], ['proxy.ts']).filter(
      (path) => CODE.test(path) && USE_SERVER.test(read(path)),
    );
    expect(offenders).toEqual([]);
  });

  test('no route handler accepts a body, and there are no Pages Router API routes', () => {
    const handlers = filesIn(['app']).filter((path) => /(^|\/)route\.(ts|tsx|js|jsx|mjs)$/.test(path));
    expect(handlers.map((path) => ({ path, methods: bodyMethodsExported(read(path)) })).filter((h) => h.methods.length)).toEqual([]);
    expect(filesIn(['pages', 'src/pages'])).toEqual([]);
  });

  test('no network call in app/, components/ or lib/', () => {
    const offenders = filesIn(['app', 'components', 'lib'], ['proxy.ts']).filter(
      (path) => CODE.test(path) && NETWORK_CALLS.test(read(path)),
    );
    expect(offenders).toEqual([]);
  });

  test('no other origin in app/, components/, lib/ or public/ (label links in rules/ are links, not loads)', () => {
    const offenders = filesIn(['app', 'components', 'lib', 'public'], ['proxy.ts', 'next.config.js']).flatMap((path) =>
      thirdPartyUrls(read(path)).map((use) => `${path}:${use.line} ${use.url}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('dependencies', () => {
  // What ships to the browser or runs the server. Anything else (analytics, error reporting, fonts, HTTP
  // clients) needs a reason here and in docs/SECURITY.md first.
  const ALLOWED = [
    'next',
    'react',
    'react-dom',
    'xstate',
    '@xstate/react',
    'react-hook-form',
    '@hookform/resolvers',
    'zod',
    'qrcode-generator',
    'jsqr',
    'fflate',
    // Import reader: JSON that reports names written twice (FHIR forbids them); the QR payload's checksum.
    '@humanwhocodes/momoa',
    'crc-32',
    // The patient side in Spanish (docs/decisions/0014): formats the message catalogue; no network, no cookie.
    'next-intl',
    // next-intl's own ICU compiler (already its dependency): the catalogue is compiled on the server, so pages ship
    // use-intl's format-only formatter (docs/decisions/0015).
    'icu-minify',
  ];

  test('package.json dependencies are all on the allow-list', () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    expect(Object.keys(dependencies).filter((name) => !ALLOWED.includes(name))).toEqual([]);
  });
});
