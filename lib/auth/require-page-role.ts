import "server-only";
// Pages that show editing or admin tools call this first: anonymous people are sent to sign in
// (and come back), people whose role is too low see why. Their server actions check again.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import { authorize } from "./authorize";
import type { Actor, Role } from "./actor";

export async function requirePageRole(opts: { need: Role; path: string }): Promise<Actor> {
  try {
    return await authorize({ need: opts.need, headers: await headers() });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const query = new URLSearchParams({ next: opts.path, ...(e.code === "forbidden" ? { need: opts.need } : {}) });
    redirect(`/sign-in?${query}`);
  }
}
