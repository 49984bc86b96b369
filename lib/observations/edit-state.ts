// What the edit form gets back after a stale save: what is stored now, and who stored it.
// Shared by the server action (app/observations/[id]/actions.ts) and the form (components/corrections).
import type { FormState } from "../http/handle-form-action";
import type { ObservationDto } from "./observation-dto";
import type { StaleEditMerge } from "./stale-edit-error";

export type EditState = FormState & {
  conflict?: { current: ObservationDto; by: string; at: string; merge?: StaleEditMerge };
};
