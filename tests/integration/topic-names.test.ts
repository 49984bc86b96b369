// A topic's Spanish name (topic_translation): saved from Manage → Topics with its revision and a
// version check, carried by the dashboard's cards and JSON, and shown on Spanish pages with a
// fallback to the stored topic where nobody named it. The demo's topics come named.
import { describe, expect, it } from "vitest";
import { ZFigureListResponse } from "@/lib/api/response-schemas";
import { getDb } from "@/lib/db/client";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { listFigures } from "@/lib/figures/list-figures";
import { getTopicNames } from "@/lib/topics/get-topic-names";
import { listTopics } from "@/lib/topics/list-topics";
import { saveTopicName } from "@/lib/topics/save-topic-name";
import { topicName } from "@/lib/topics/topic-names";
import { makeFigure, TEST_ACTOR, uniq } from "../factories";
import { rejection } from "../factories/rejection";

const db = getDb();

describe("a topic's Spanish name", () => {
  it("is saved with a revision and the version check, carried by the cards, and falls back to the stored topic", async () => {
    const topic = uniq("Drug boats");
    const other = uniq("Unnamed");
    const figure = await makeFigure({ topics: [topic, other] });
    expect(topicName(topic, await getTopicNames({ db }), "es")).toBe(topic);

    const saved = await saveTopicName({ actor: TEST_ACTOR, input: { topic, nameEs: "  Lanchas  ", version: "0" } });
    expect(saved).toEqual({ topic, names: { es: "Lanchas" }, version: 1 });
    const created = await db.revision.findFirstOrThrow({ where: { entityType: "topic", entityId: topic } });
    expect([created.action, created.before, created.after]).toEqual([
      "create",
      { topic, names: {}, version: 0 },
      { topic, names: { es: "Lanchas" }, version: 1 },
    ]);

    // A form opened before that save (version 0) is refused; nothing changes.
    const stale = await rejection(saveTopicName({ actor: TEST_ACTOR, input: { topic, nameEs: "Botes", version: 0 } }));
    expect([stale.code, stale.message]).toEqual([
      "conflict",
      "Someone else changed this topic after you opened it (now version 1). Reload to see their change; nothing of yours was saved.",
    ]);
    await saveTopicName({ actor: TEST_ACTOR, input: { topic, nameEs: "Lanchas del narcotráfico", version: 1 } });

    const names = await getTopicNames({ db });
    expect(topicName(topic, names, "es")).toBe("Lanchas del narcotráfico");
    expect(topicName(topic, names, "en")).toBe(topic);
    expect(topicName(other, names, "es")).toBe(other);

    const list = await listFigures({ db, query: { topic, pageSize: 200 }, locale: "es" });
    const card = list.figures.find((f) => f.id === figure.id)!;
    expect(card.topics).toEqual([topic, other]);
    expect(card.topicNames).toEqual({ [topic]: { es: "Lanchas del narcotráfico" } });
    expect(ZFigureListResponse.parse(JSON.parse(JSON.stringify(list))).topicNames[topic]).toEqual({
      es: "Lanchas del narcotráfico",
    });
    expect((await listTopics({ db })).find((t) => t.topic === topic)).toEqual({
      topic,
      nameEs: "Lanchas del narcotráfico",
      version: 2,
      figureCount: 1,
    });

    // Blank removes the name, with its revision; Spanish pages show the stored topic again.
    const cleared = await saveTopicName({ actor: TEST_ACTOR, input: { topic, nameEs: "", version: 2 } });
    expect(cleared).toEqual({ topic, names: {}, version: 0 });
    expect(topicName(topic, await getTopicNames({ db }), "es")).toBe(topic);
    const actions = await db.revision.findMany({
      where: { entityType: "topic", entityId: topic },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((r) => r.action)).toEqual(["create", "update", "update"]);
  }, 120_000);

  it("comes with the demo's topics", async () => {
    await loadDemoData({ db });
    const names = await getTopicNames({ db });
    expect(topicName("Cocaine and coca", names, "es")).toBe("Cocaína y coca");
    expect(topicName("US strikes on drug boats", names, "es")).toBe(
      "Ataques de EE. UU. contra lanchas del narcotráfico",
    );
    expect(topicName("US–Colombia sanctions", names, "es")).toBe("Sanciones entre EE. UU. y Colombia");
  }, 120_000);
});
