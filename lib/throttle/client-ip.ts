// The caller's address for per-IP throttling: the first X-Forwarded-For hop (Tally is meant to
// run behind one reverse proxy that sets it), else X-Real-IP, else one shared bucket.
export function clientIp(req: { headers: Headers }): string {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || req.headers.get("x-real-ip")?.trim() || "unknown";
}
