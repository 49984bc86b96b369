import "server-only";
// For pages that look different to editors (edit buttons) but are open to everyone.
import { headers } from "next/headers";
import { cache } from "react";
import { getCurrentActor, type CurrentActor } from "./get-current-actor";

// Cached per request: the layout, the page and the language choice all ask.
export const getPageActor = cache(async (): Promise<CurrentActor | null> =>
  getCurrentActor({ headers: await headers() }),
);
