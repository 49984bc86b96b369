// The accounts the browser tests sign in with, created once per run by global-setup.ts.
export const E2E_PASSWORD = "correct horse battery staple";

export const E2E_USERS = {
  admin: { email: "admin-e2e@tally.test", name: "Ada Admin", role: "admin" },
  editor: { email: "editor-a@tally.test", name: "Ana Editor", role: "editor" },
  editor2: { email: "editor-b@tally.test", name: "Ben Editor", role: "editor" },
  viewer: { email: "viewer@tally.test", name: "Vic Viewer", role: "viewer" },
  // Only the language spec signs in as her: she saves Spanish on her account, which no other spec expects.
  editorEs: { email: "editora-es@tally.test", name: "Eva Editora", role: "editor" },
} as const;

export type E2EUser = keyof typeof E2E_USERS;

/** The e2e web server's session-signing secret, given to it by playwright.config.ts: a second app
 * server on the same database (two-servers.spec.ts) must sign and read sessions with the same one. */
export const E2E_AUTH_SECRET = "e2e-only-session-secret-shared-by-every-app-server";
