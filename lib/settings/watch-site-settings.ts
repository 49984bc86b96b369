import "server-only";
// Keeps this server's copy of the site settings true without a query per request: the live
// channel's one LISTEN connection (lib/live) carries a `settings` notice whenever any server
// saves them (updateSiteSettings publishes it in its transaction), and a resync — the listener
// was away and cannot say what it missed — drops the copy too. Started once with the server.
import { subscribeChanges } from "../live/subscribe-changes";
import { forgetSiteSettings, markSiteSettingsWatched } from "./get-site-settings";

const g = globalThis as unknown as { tallySettingsWatch?: () => void };

export function watchSiteSettings(): void {
  g.tallySettingsWatch ??= subscribeChanges({
    listener: ({ change }) => {
      if (change.kind === "settings" || change.kind === "resync") forgetSiteSettings();
    },
  });
  markSiteSettingsWatched();
}
