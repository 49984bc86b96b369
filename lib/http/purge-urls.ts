// The public URLs a shared cache may hold for one figure (lib/http/cache-policy.ts), for the
// figure.changed webhook. `urls` are exact; `prefixes` also cover query strings (a page, a CSV
// filter, ?asOf=) and the embed's images, for CDNs that purge by prefix. The lists without the
// figure (/api/figures, the whole export) change too. Pure.
export type PurgeUrls = { urls: string[]; prefixes: string[] };

export function purgeUrls(opts: { base: string; figureSlug: string }): PurgeUrls {
  const base = opts.base.replace(/\/$/, "");
  const slug = encodeURIComponent(opts.figureSlug);
  const api = `${base}/api/figures/${slug}`;
  return {
    urls: [
      `${base}/figures/${slug}`,
      `${base}/embed/figures/${slug}`,
      api,
      `${api}/chart`,
      `${api}/table`,
      `${api}/observations`,
      `${api}/history.csv`,
      `${base}/api/figures`,
      `${base}/api/export.csv`,
    ],
    prefixes: [
      `${base}/figures/${slug}`,
      `${base}/embed/figures/${slug}`,
      `${api}`,
      `${base}/api/figures?`,
      `${base}/api/export.csv`,
    ],
  };
}
