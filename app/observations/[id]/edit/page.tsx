// Correct a logged value. The form carries the version it was opened at (see EditForm).
import type { Metadata } from "next";
import Link from "next/link";
import { EditForm } from "@/components/corrections/edit-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { getObservation } from "@/lib/observations/get-observation";
import { listOutlets } from "@/lib/outlets/list-outlets";
import { editObservationAction } from "../actions";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Correct a value" };

export default async function EditObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole({ need: "editor", path: `/observations/${id}/edit` });
  const found = await orNotFound(getObservation({ id }));
  const { observation, figure } = found;
  const outlets = await listOutlets({});
  return (
    <>
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href={`/figures/${figure.slug}`}>{figure.title}</Link> ·{" "}
            <Link href={`/observations/${observation.id}`}>{observation.display}</Link>
          </p>
          <h1>Correct a reported value</h1>
          <p className="muted">The current values are kept in the history. A corrected value needs checking again.</p>
        </div>
      </div>
      {observation.status === "retracted" ? (
        <p className="empty">This value was retracted ({observation.statusReason}); it can no longer be edited.</p>
      ) : (
        <EditForm observation={observation} unit={figure.unit} outlets={outlets} action={editObservationAction} />
      )}
    </>
  );
}
