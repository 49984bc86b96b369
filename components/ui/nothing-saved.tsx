// A form's failure above its fields: "Nothing was saved." and why (the server action's message).
// With `focusRef`, the form moves focus to it, so a screen reader hears it at once.
import type { ReactNode, RefObject } from "react";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = {
  state: FormState;
  /** "Nothing was saved.", in the form's own messages. */
  words: string;
  focusRef?: RefObject<HTMLDivElement | null>;
  /** Said after the message (errors that belong to no field). */
  children?: ReactNode;
};

export function NothingSaved({ state, words, focusRef, children }: Props) {
  if (state.ok || !state.message) return null;
  return (
    <div
      className="form-error"
      role="alert"
      data-testid="form-error"
      tabIndex={focusRef ? -1 : undefined}
      ref={focusRef}
    >
      <strong>{words}</strong> {state.message}
      {children}
    </div>
  );
}
