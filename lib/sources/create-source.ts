import "server-only";
// Adds a source (with its revision). A name that already exists, in any letter case, is a field
// error rather than a second "AFP".
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { errorText } from "../i18n/error-text";
import { slugify } from "../outlets/slugify";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ZCreateSource } from "./schemas";
import { SOURCE_SELECT, type SourceDto } from "./source-dto";
import { sameName } from "../revisions/same-name";

export async function createSource(opts: { tx: DbOrTx; actor: Actor; input: unknown }): Promise<SourceDto> {
  const { tx } = opts;
  const input = parseInput(ZCreateSource, opts.input);
  const clash = await tx.source.findFirst({ where: sameName(input.name), select: { name: true } });
  if (clash) {
    throw new AppError("validation_failed", errorText("sourceExists", clash), {
      name: [errorText("sourceInList", clash)],
    });
  }
  let slug = slugify(input.name);
  if (await tx.source.findUnique({ where: { slug }, select: { id: true } }))
    slug = `${slug}-${Date.now().toString(36)}`;
  const source = await tx.source.create({
    data: { name: input.name, slug, kind: input.kind, aliases: [...new Set(input.aliases)], domains: input.domains },
    select: SOURCE_SELECT,
  });
  await writeRevision({
    tx,
    entityType: "source",
    entityId: source.id,
    action: "create",
    after: source,
    actor: opts.actor,
  });
  return source;
}
