// Shown while a page's data loads (streamed by Next.js before the page itself).
export default function Loading() {
  return (
    <p className="muted" role="status" aria-live="polite">
      Loading…
    </p>
  );
}
