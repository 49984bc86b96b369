// Stand-in for the "server-only" package under Vitest (tests run on the server side anyway).
export {};
