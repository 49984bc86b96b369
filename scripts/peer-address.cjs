// Preloaded into the production server (`node --require ./scripts/peer-address.cjs … next start`,
// see scripts/server-node-flags.ts): appends each request's TCP peer address to X-Forwarded-For,
// as a reverse proxy does. Next's route handlers and server actions never see the socket, and
// Next itself only fills X-Forwarded-For when the client sent none, so without this the last
// hop could be whatever the client wrote. lib/throttle/client-ip.ts reads the hops.
const http = require("node:http");

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeer(event, req, ...rest) {
  if (event === "request" && req && req.socket && req.headers) {
    const peer = req.socket.remoteAddress || "";
    const prior = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
  }
  return emit.call(this, event, req, ...rest);
};
