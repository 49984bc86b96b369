// Preloaded into every server (scripts/server-preload.cjs): a page whose render failed because
// PostgreSQL went away answers 503 with Retry-After, not 500. The proxy answers 503 before a render
// starts while the database is known to be down (lib/db/availability.ts), but a render already
// under way when it goes fails half-way, and Next gives a failed render a 500 with no hook to
// change it. The database's state is on globalThis (`tallyDbDownSince`, set by availability.ts the
// moment a connection fails), which this process's Next bundles share. A 503 is never cached.
const http = require("node:http");

const RETRY_AFTER_SECONDS = "5";
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithUnavailableStatus(event, req, res, ...rest) {
  if (event === "request" && res && typeof res.writeHead === "function") {
    const writeHead = res.writeHead;
    res.writeHead = function writeHeadUnlessDatabaseDown(statusCode, ...args) {
      if (statusCode !== 500 || globalThis.tallyDbDownSince === undefined)
        return writeHead.call(this, statusCode, ...args);
      const headers = args.find((a) => a && typeof a === "object" && !Array.isArray(a));
      if (headers)
        for (const key of Object.keys(headers)) if (/^(cache-control|retry-after)$/i.test(key)) delete headers[key];
      this.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      this.setHeader("Cache-Control", "no-store");
      return writeHead.call(this, 503, ...args.filter((a) => typeof a !== "string"));
    };
  }
  return emit.call(this, event, req, res, ...rest);
};
