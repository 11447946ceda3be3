/**
 * GET /sw.js: the service worker that scripts/serviceWorker.js bundled for this build (issue 15: offline and
 * installable). Read per request, so a new build is picked up by the next update check; 404 when the build has
 * none (the app then works as before, online only). Cache-Control no-store (next.config.js) makes every check fresh.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const script = await readFile(path.join(process.cwd(), '.next', 'sw.js'));
    return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  } catch {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
