// The bare framework baseline (issue 15): Next and React and nothing of the app, so the size report and
// `npm run lighthouse` compare our routes against a measured figure, never an assumed one. Plain JSX, so the
// baseline needs no tsconfig of its own and adds nothing to the app's type check.
export const metadata = { title: 'Bare Next baseline' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
