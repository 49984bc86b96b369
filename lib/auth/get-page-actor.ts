import "server-only";
// For pages that look different to editors (edit buttons) but are open to everyone.
import { headers } from "next/headers";
import { getCurrentActor, type CurrentActor } from "./get-current-actor";

export async function getPageActor(): Promise<CurrentActor | null> {
  return getCurrentActor({ headers: await headers() });
}
