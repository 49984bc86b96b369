"use server";
// The review queue's bulk check: role check and error mapping in handleFormAction, the write
// (one transaction, the "not your own" rule per value) in lib/observations/check-observations.
import { redirect } from "next/navigation";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { checkObservations } from "@/lib/observations/check-observations";

export const bulkCheckAction = handleFormAction("editor", async ({ form, actor }) => {
  const items = form.getAll("item").map((v) => {
    const [id, version] = String(v).split("@");
    return { id, version };
  });
  await checkObservations({ actor, input: { items, reason: form.get("reason") } });
  const back = String(form.get("returnTo") ?? "/review");
  const to = back.startsWith("/review") ? back : "/review";
  redirect(`${to}${to.includes("?") ? "&" : "?"}done=checked`);
});
