// The library's one way of saying something failed: a line announced at once
// (role="alert"), rendered only while there is something to say.

export function ErrorAlert({ text }: { text: string }) {
  if (!text) return null;
  return (
    <p class="lib-error" role="alert">
      {text}
    </p>
  );
}
