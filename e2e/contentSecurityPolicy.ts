/** Reading a Content-Security-Policy header in tests. */

/** Directive name → its sources, as the browser reads them. */
export function parsePolicy(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The nonce of the policy's script-src, or undefined. */
export function policyNonce(header: string): string | undefined {
  const source = parsePolicy(header).get('script-src')?.find((s) => s.startsWith("'nonce-"));
  return source?.slice("'nonce-".length, -1);
}
