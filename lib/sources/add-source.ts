import "server-only";
// The manage page's "add a source": createSource in its own transaction.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { createSource } from "./create-source";
import type { SourceDto } from "./source-dto";

export async function addSource(opts: { db?: Db; actor: Actor; input: unknown }): Promise<SourceDto> {
  return (opts.db ?? getDb()).$transaction((tx) => createSource({ tx, actor: opts.actor, input: opts.input }));
}
