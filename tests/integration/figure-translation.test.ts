// A figure's Spanish title and description (figure_translation): written by updateFigure and
// createFigure with their revision and version check, read with the figure (locale-neutral DTO
// and JSON API), shown in Spanish with a fallback to the original where nobody translated it.
import { describe, expect, it } from "vitest";
import { ZFigureDetailResponse } from "@/lib/api/response-schemas";
import { getDb } from "@/lib/db/client";
import { createFigure } from "@/lib/figures/create-figure";
import { figureFormToInput } from "@/lib/figures/figure-form";
import { getFigure } from "@/lib/figures/get-figure";
import { listFigures } from "@/lib/figures/list-figures";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import { updateFigure } from "@/lib/figures/update-figure";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { makeFigure, TEST_ACTOR, uniq } from "../factories";
import { rejection } from "../factories/rejection";

const db = getDb();
const base = { description: "Cumulative deaths.", unit: "people", kind: "cumulative", topics: "" };

describe("a figure's Spanish title", () => {
  it("is saved with a revision and the version check, read with the figure, and falls back to the original", async () => {
    const figure = await makeFigure({ title: "People killed in US strikes", description: "Cumulative deaths." });
    expect(figure.translations).toEqual({});
    expect(localizedFigureText(figure, "es")).toEqual({
      title: "People killed in US strikes",
      description: "Cumulative deaths.",
      archiveNote: "",
    });

    const input = {
      id: figure.id,
      version: 1,
      title: "People killed in US strikes",
      ...base,
      titleEs: "  Muertos en ataques de EE. UU.  ",
    };
    const saved = await updateFigure({ db, actor: TEST_ACTOR, input });
    expect(saved.version).toBe(2);
    expect(saved.translations).toEqual({ es: { title: "Muertos en ataques de EE. UU.", description: "" } });

    const revision = await db.revision.findFirstOrThrow({
      where: { entityType: "figure", entityId: figure.id, action: "update" },
    });
    expect((revision.before as { translations: unknown }).translations).toEqual({});
    expect((revision.after as { translations: unknown }).translations).toEqual({
      es: { title: "Muertos en ataques de EE. UU.", description: "" },
    });
    // The history page lists it as a changed field.
    expect(diffSnapshots(revision.before, revision.after)).toEqual([
      { field: "titleEs", label: "Title in Spanish", before: "—", after: "Muertos en ataques de EE. UU." },
    ]);

    // A stale form writes nothing, translation included.
    const stale = await rejection(updateFigure({ db, actor: TEST_ACTOR, input: { ...input, titleEs: "Otro título" } }));
    expect(stale.code).toBe("conflict");

    const { figure: read } = await getFigure({ db, slug: figure.slug });
    expect(ZFigureDetailResponse.shape.figure.parse(read).translations).toEqual({
      es: { title: "Muertos en ataques de EE. UU.", description: "" },
    });
    // The original stays as written; Spanish readers get the translation, the description falls back.
    expect(read.title).toBe("People killed in US strikes");
    expect(localizedFigureText(read, "es")).toEqual({
      title: "Muertos en ataques de EE. UU.",
      description: "Cumulative deaths.",
      archiveNote: "",
    });
    expect(localizedFigureText(read, "en").title).toBe("People killed in US strikes");
    const card = (await listFigures({ db, query: { q: "strikes", pageSize: 200 } })).figures.find(
      (f) => f.id === figure.id,
    );
    expect(card?.translations.es?.title).toBe("Muertos en ataques de EE. UU.");

    // The Manage form sends the fields blank when a translation is cleared: it is removed.
    const form = new FormData();
    for (const [k, v] of Object.entries({
      id: figure.id,
      version: "2",
      title: "People killed in US strikes",
      ...base,
      titleEs: "",
      descriptionEs: "",
    }))
      form.set(k, v);
    const cleared = await updateFigure({ db, actor: TEST_ACTOR, input: figureFormToInput(form) });
    expect([cleared.version, cleared.translations]).toEqual([3, {}]);
    expect(await db.figureTranslation.count({ where: { figureId: figure.id } })).toBe(0);
  }, 120_000); // a busy 2-core machine

  it("is refused with the field named, and nothing is written", async () => {
    const figure = await makeFigure();
    const input = { id: figure.id, version: 1, title: figure.title, ...base };
    const noTitle = await rejection(
      updateFigure({ db, actor: TEST_ACTOR, input: { ...input, descriptionEs: "Muertes acumuladas." } }),
    );
    expect(noTitle.code).toBe("validation_failed");
    expect(noTitle.fields?.titleEs?.[0]).toBe("Give the Spanish title too, or leave the Spanish description empty.");
    const tooLong = await rejection(
      updateFigure({ db, actor: TEST_ACTOR, input: { ...input, titleEs: "x".repeat(201) } }),
    );
    expect(Object.keys(tooLong.fields ?? {})).toEqual(["titleEs"]);
    expect((await getFigure({ db, slug: figure.slug })).figure.translations).toEqual({});
    expect(await db.revision.count({ where: { entityId: figure.id, action: "update" } })).toBe(0);
  }, 120_000);

  it("can be given when the figure is created", async () => {
    const slug = uniq("fig-es");
    const created = await createFigure({
      actor: TEST_ACTOR,
      input: {
        slug,
        title: "Vessels destroyed",
        unit: "vessels",
        kind: "cumulative",
        titleEs: "Embarcaciones destruidas",
        descriptionEs: "Número acumulado.",
      },
    });
    expect(created.translations).toEqual({
      es: { title: "Embarcaciones destruidas", description: "Número acumulado." },
    });
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: created.id, action: "create" } });
    expect((revision.after as { translations: unknown }).translations).toEqual(created.translations);
  }, 120_000);
});
