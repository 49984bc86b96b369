// Preloaded into the production server (scripts/server-preload.cjs, before `next start`,
// see scripts/server-node-flags.ts): appends each request's TCP peer address to X-Forwarded-For,
// as a reverse proxy does. Next's route handlers and server actions never see the socket, and
// Next itself only fills X-Forwarded-For when the client sent none, so without this the last
// hop could be whatever the client wrote. lib/throttle/client-ip.ts reads the hops.
// With no trusted proxy (TALLY_TRUSTED_PROXIES unset or 0), a client-sent X-Forwarded-Host and
// X-Forwarded-Proto are dropped, so neither Next's server-action origin check nor ours reads them.
const http = require("node:http");

const hasProxy = Number(process.env.TALLY_TRUSTED_PROXIES || "0") > 0;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeer(event, req, ...rest) {
  if (event === "request" && req && req.socket && req.headers) {
    const peer = req.socket.remoteAddress || "";
    const prior = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
    if (!hasProxy) {
      delete req.headers["x-forwarded-host"];
      delete req.headers["x-forwarded-proto"];
    }
  }
  return emit.call(this, event, req, ...rest);
};
