"use server";
// Editors manage figures, topics, outlets, sources and events. Each action checks the role (handleFormAction);
// the writes, their version checks and revisions are in lib/. Each answers with a toast in the
// editor's language (messages manage.toast).
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { saveEvent } from "@/lib/events/save-event";
import { createFigure } from "@/lib/figures/create-figure";
import { figureFormToInput } from "@/lib/figures/figure-form";
import { updateFigure } from "@/lib/figures/update-figure";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { readForm } from "@/lib/http/read-form";
import { mergeOutlets } from "@/lib/outlets/merge-outlets";
import { updateOutlet } from "@/lib/outlets/update-outlet";
import { addSource } from "@/lib/sources/add-source";
import { confirmCitations } from "@/lib/sources/confirm-citations";
import { mergeSources } from "@/lib/sources/merge-sources";
import { updateSource } from "@/lib/sources/update-source";
import { saveTopicName } from "@/lib/topics/save-topic-name";

/** The success toasts in the editor's language (the request's locale; also outside a rendered page). */
const toasts = () => getActionTranslations("manage.toast");
type Toasts = Awaited<ReturnType<typeof toasts>>;

/** One Manage action: read the form, call the verb, refresh the page, say what was done. */
function manageAction<T>(
  page: "figures" | "topics" | "outlets" | "sources" | "events",
  save: (args: { actor: Actor; input: Record<string, unknown> }) => Promise<T>,
  toast: (t: Toasts, saved: T) => string,
  read: (form: FormData) => Record<string, unknown> = readForm,
) {
  return handleFormAction("editor", async ({ form, actor }) => {
    const saved = await save({ actor, input: read(form) });
    revalidatePath(`/manage/${page}`);
    return { ok: true, message: toast(await toasts(), saved) };
  });
}

export const createFigureAction = manageAction(
  "figures",
  createFigure,
  (t, f) => t("created", { title: f.title }),
  figureFormToInput,
);
export const updateFigureAction = manageAction(
  "figures",
  updateFigure,
  (t, f) => t("saved", { title: f.title }),
  figureFormToInput,
);
/** A topic's record form carries the topic as its id. */
export const saveTopicNameAction = manageAction(
  "topics",
  saveTopicName,
  (t, s) => t("namedTopic", { topic: s.topic }),
  (form) => ({ ...readForm(form), topic: form.get("id") }),
);
export const saveEventAction = manageAction("events", saveEvent, (t, e) => t("saved", { title: e.title }));
export const updateOutletAction = manageAction("outlets", updateOutlet, (t, o) => t("savedName", { name: o.name }));
export const mergeOutletsAction = manageAction("outlets", mergeOutlets, (t, m) =>
  t("mergedOutlets", { duplicate: m.duplicate.name, survivor: m.survivor.name, count: m.repointed }),
);
export const addSourceAction = manageAction("sources", addSource, (t, s) => t("added", { name: s.name }));
export const updateSourceAction = manageAction("sources", updateSource, (t, s) => t("savedName", { name: s.name }));
export const mergeSourcesAction = manageAction("sources", mergeSources, (t, m) =>
  t("mergedSources", { duplicate: m.duplicate.name, survivor: m.survivor.name, count: m.repointed }),
);

/** "This cited text is that source" — or, with newName, a new source made from it. */
export const confirmCitationsAction = manageAction(
  "sources",
  async ({ actor, input: f }) => {
    const newSource = f.newName ? { name: f.newName, kind: f.newKind, aliases: [f.text] } : undefined;
    const confirmed = await confirmCitations({ actor, input: { text: f.text, sourceId: f.sourceId }, newSource });
    return { ...confirmed, text: String(f.text) };
  },
  (t, c) => t("confirmed", { text: c.text, source: c.source, count: c.observations }),
);
