// The <form> props of a form bound to useActionState that must keep what was typed when the
// action answers with errors. React resets a form after its `action` runs; submitting through a
// transition skips that reset (the selects would otherwise show their first option — a bug we
// had). Without JavaScript, `action` still posts. Ctrl/Cmd+Enter saves from any field, textareas
// included.
import { startTransition, type FormEvent, type KeyboardEvent } from "react";

export function submitProps(formAction: (data: FormData) => void) {
  return {
    action: formAction,
    onSubmit(ev: FormEvent<HTMLFormElement>) {
      ev.preventDefault();
      const data = new FormData(ev.currentTarget);
      startTransition(() => formAction(data));
    },
    onKeyDown(ev: KeyboardEvent<HTMLFormElement>) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) ev.currentTarget.requestSubmit();
    },
  };
}
