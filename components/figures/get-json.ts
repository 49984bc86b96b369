/**
 * A figure's JSON from the API, for TanStack Query. `cache: "no-cache"`: always ask the server (a
 * cheap 304 when nothing changed). Public reads carry `stale-while-revalidate` for shared caches,
 * and Chromium honours it too: a live refetch would get the stale copy.
 */
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" }, cache: "no-cache" });
  if (!res.ok) throw new Error(`Could not refresh (${res.status})`);
  return res.json();
}
