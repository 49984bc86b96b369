import "server-only";
// Names a topic in Spanish (or removes the name): version-checked, with its revision. The topic
// itself stays as stored on figures and events; only its name in Spanish pages changes.
import type { Actor } from "../auth/actor";
import { getDb, type DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { errorText } from "../i18n/error-text";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ZSaveTopicName } from "./schemas";

export type TopicNameDto = { topic: string; names: { es?: string }; version: number };

/** Opens its own transaction, or runs inside `tx` when another verb composes it (the demo loader). */
export async function saveTopicName(opts: { tx?: DbOrTx; actor: Actor; input: unknown }): Promise<TopicNameDto> {
  const { tx } = opts;
  if (!tx) return getDb().$transaction((own) => saveTopicName({ ...opts, tx: own }));
  const { topic, nameEs, version } = parseInput(ZSaveTopicName, opts.input);
  const key = { topic, locale: "es" };
  const row = await tx.topicTranslation.findUnique({
    where: { topic_locale: key },
    select: { name: true, version: true },
  });
  const before: TopicNameDto = { topic, names: row ? { es: row.name } : {}, version: row?.version ?? 0 };
  if (version !== before.version) throw changed(before.version);
  if ((row?.name ?? "") === nameEs) return before;
  // The version check again in the write itself: a racing save changed or took the row meanwhile.
  const { count } = !row
    ? await tx.topicTranslation.createMany({ data: [{ ...key, name: nameEs }], skipDuplicates: true })
    : nameEs
      ? await tx.topicTranslation.updateMany({
          where: { ...key, version },
          data: { name: nameEs, version: { increment: 1 } },
        })
      : await tx.topicTranslation.deleteMany({ where: { ...key, version } });
  if (count === 0) throw changed(before.version);
  const after: TopicNameDto = nameEs
    ? { topic, names: { es: nameEs }, version: before.version + 1 }
    : { topic, names: {}, version: 0 };
  await writeRevision({
    tx,
    entityType: "topic",
    entityId: topic,
    action: row ? "update" : "create",
    before,
    after,
    actor: opts.actor,
  });
  return after;
}

const changed = (version: number) => new AppError("conflict", errorText("topicChanged", { version }));
