"use client";
// After a correction or check the action redirects with ?done=…; this says so in a toast once
// and drops the parameter, so a reload does not say it again.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";

const DONE = ["edited", "combined", "retracted", "checked", "returned", "saved", "merged"] as const;
const isKnown = (d: string): d is (typeof DONE)[number] => (DONE as readonly string[]).includes(d);

export function DoneToast() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const t = useTranslations("observation.done");
  const done = params.get("done");
  useEffect(() => {
    if (!done) return;
    // The id keeps a second run of this effect (React's dev double-invoke) from toasting twice.
    toast.success(t(isKnown(done) ? done : "other"), { id: `done-${done}` });
    const rest = new URLSearchParams(params);
    rest.delete("done");
    router.replace(rest.size ? `${pathname}?${rest}` : pathname, { scroll: false });
  }, [done, params, pathname, router, t]);
  return null;
}
