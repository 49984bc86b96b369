import "server-only";
// The Prisma handle for lag-tolerant reads: what anonymous readers see (dashboard, figure pages,
// embeds, public JSON). With replicas configured and well (lib/db/replicas.ts), it is the primary
// client extended with @prisma/extension-read-replicas: model reads go to a replica, writes and
// transactions stay on the primary. The extension leaves raw SQL on the primary (it cannot tell a
// read from a write); the read verbs' SQL is reads, so `$queryRaw` outside a transaction goes to a
// replica too ($executeRaw never does). A read that fails on a replica for want of it is asked
// again of the primary, and the replica is skipped until the probe finds it well.
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "./generated/client";
import { getDb, type DbOrTx } from "./client";
import { isReplicaTrouble } from "./is-replica-trouble";
import { isDatabaseUnavailable } from "./is-unavailable";
import { mustReadPrimary } from "./read-target";
import { markReplicaDown, wellReplicas, type Replica } from "./replicas";
import { POOL_SETTINGS, statementTimeoutOption } from "./pool-settings";

// One routed client per set of well replicas ("0,1"); building one is cheap, the engines are shared.
const g = globalThis as unknown as { tallyReadClients?: Map<string, DbOrTx> };

/** The database handle a read verb uses when its caller gave none. */
export async function getReadDb(): Promise<DbOrTx> {
  const replicas = await wellReplicas();
  if (replicas.length === 0 || (await mustReadPrimary())) return getDb();
  const clients = (g.tallyReadClients ??= new Map());
  const key = replicas.map((r) => r.index).join(",");
  let client = clients.get(key);
  if (!client) {
    client = routedClient(replicas.map(replicaClient));
    clients.set(key, client);
  }
  return client;
}

type AnyClient = Record<string, unknown> & { $queryRaw: (args: unknown) => Promise<unknown> };

function routedClient(replicas: PrismaClient[]): DbOrTx {
  const pick = () => replicas[Math.floor(Math.random() * replicas.length)] as unknown as AnyClient;
  return getDb()
    .$extends({
      name: "tally-raw-reads",
      query: {
        $queryRaw({ args, query, ...rest }) {
          // Inside a transaction the statement belongs to that transaction, on the primary.
          const inTransaction = (rest as { __internalParams?: { transaction?: unknown } }).__internalParams
            ?.transaction;
          return inTransaction ? query(args) : pick().$queryRaw(args);
        },
      },
    })
    .$extends(readReplicas({ replicas })) as unknown as DbOrTx;
}

/** A replica's own client: on trouble it marks the replica down and asks the primary instead. */
function replicaClient(replica: Replica): PrismaClient {
  if (replica.handles.prisma) return replica.handles.prisma as PrismaClient;
  const { max, connectionTimeoutMillis, statementTimeoutMs } = POOL_SETTINGS.prisma;
  const onError = (e: Error) => {
    if (isDatabaseUnavailable(e)) markReplicaDown(replica);
  };
  const base = new PrismaClient({
    adapter: new PrismaPg(
      {
        connectionString: replica.url,
        max,
        connectionTimeoutMillis,
        options: statementTimeoutOption(statementTimeoutMs),
        application_name: "tally-replica-read",
      },
      { onPoolError: onError, onConnectionError: onError },
    ),
  });
  const withFallback = base.$extends({
    name: "tally-replica-fallback",
    query: {
      async $allOperations({ model, operation, args, query }) {
        try {
          return await query(args);
        } catch (e) {
          if (!isReplicaTrouble(e)) throw e;
          if (isDatabaseUnavailable(e)) markReplicaDown(replica);
          const primary = getDb() as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>> &
            AnyClient;
          return model
            ? primary[model]![operation]!(args)
            : (primary[operation] as unknown as (a: unknown) => Promise<unknown>)(args);
        }
      },
    },
  }) as unknown as PrismaClient;
  replica.handles.prisma = withFallback;
  return withFallback;
}
