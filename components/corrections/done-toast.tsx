"use client";
// After a correction or check the action redirects with ?done=…; this says so in a toast once
// and drops the parameter, so a reload does not say it again.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { toast } from "sonner";

const MESSAGES: Record<string, string> = {
  edited: "Saved. The value needs checking again by another editor.",
  combined: "Saved, merged with the change another editor made since you opened it.",
  retracted: "Retracted. The value stays in the table and the CSV, struck through.",
  checked: "Marked as checked.",
  returned: "Sent back to the editor who logged it.",
  saved: "Saved.",
  merged: "Merged. Its values now belong to the outlet kept.",
};

export function DoneToast() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const done = params.get("done");
  useEffect(() => {
    if (!done) return;
    // The id keeps a second run of this effect (React's dev double-invoke) from toasting twice.
    toast.success(MESSAGES[done] ?? "Done.", { id: `done-${done}` });
    const rest = new URLSearchParams(params);
    rest.delete("done");
    router.replace(rest.size ? `${pathname}?${rest}` : pathname, { scroll: false });
  }, [done, params, pathname, router]);
  return null;
}
