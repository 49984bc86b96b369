"use client";
// An alert action's form state: on success, its message as a toast and the open-alert count
// refreshed. The toast comes from the action's result itself: on success the alert may leave the
// filtered list, unmounting the form before an effect could run.
import { useQueryClient } from "@tanstack/react-query";
import { useActionState } from "react";
import { toast } from "sonner";
import type { FormState } from "@/lib/http/handle-form-action";
import { ALERT_SUMMARY_KEY } from "./use-open-alert-count";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function useAlertAction(action: Action, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useActionState(async (prev: FormState, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok && result.message) {
      toast.success(result.message);
      onDone?.();
      void queryClient.invalidateQueries({ queryKey: ALERT_SUMMARY_KEY });
    }
    return result;
  }, {});
}
