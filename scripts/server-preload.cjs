// What every Tally web server loads before Next (`node --require ./scripts/server-preload.cjs …
// next start`; npm start and the benches pass it, see scripts/server-node-flags.ts).
require("./peer-address.cjs");
require("./unavailable-status.cjs");
