export default function Page() {
  return (
    <main>
      <h1>Bare Next baseline</h1>
      <p>Only the framework: Next and React, no code of the app.</p>
    </main>
  );
}
