// /import — editors upload a CSV: a dry run first, then all rows in one transaction, or none.
import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { ImportForm } from "@/components/imports/import-form";

export const metadata: Metadata = { title: "Import CSV" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requirePageRole({ need: "editor", path: "/import" });
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Import values from CSV</h1>
          <p className="muted">
            Check the file first: every row is validated and nothing is written. Then import: every row is written in one go, with its history, or none is. Importing the same file
            again adds nothing.
          </p>
        </div>
      </div>
      <ImportForm />
    </>
  );
}
