import Link from 'next/link';

// Our own not-found page: Next's built-in one styles itself with inline style attributes, which the
// Content-Security-Policy (style-src with a nonce, no 'unsafe-inline') rightly blocks.
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </>
  );
}
