import "server-only";
// Adds an outlet (with its revision). A name that already exists, in any letter case, is a
// field error rather than a second "AP".
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { errorText } from "../i18n/error-text";
import { writeRevision } from "../revisions/write-revision";
import type { z } from "zod";
import type { ZNewOutlet } from "./schemas";
import { slugify } from "./slugify";
import { sameName } from "../revisions/same-name";

export async function createOutlet(opts: {
  tx: DbOrTx;
  actor: Actor;
  input: z.output<typeof ZNewOutlet>;
  fieldPrefix?: string;
}) {
  const { tx, input } = opts;
  const clash = await tx.outlet.findFirst({ where: sameName(input.name), select: { name: true } });
  if (clash) {
    const field = `${opts.fieldPrefix ?? ""}name`;
    throw new AppError("validation_failed", errorText("outletExists", clash), {
      [field]: [errorText("outletInList", clash)],
    });
  }
  let slug = slugify(input.name);
  if (await tx.outlet.findUnique({ where: { slug }, select: { id: true } }))
    slug = `${slug}-${Date.now().toString(36)}`;
  const outlet = await tx.outlet.create({
    data: { name: input.name, slug, kind: input.kind, domains: input.domain ? [input.domain] : [] },
    select: { id: true, slug: true, name: true, kind: true, domains: true },
  });
  await writeRevision({
    tx,
    entityType: "outlet",
    entityId: outlet.id,
    action: "create",
    after: outlet,
    actor: opts.actor,
  });
  return outlet;
}
