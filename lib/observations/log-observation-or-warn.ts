import "server-only";
// Warnings first, for every caller that logs one value for a person (the log form and the JSON
// API): a likely duplicate, a unit that is not the figure's, a running total going down. Unless
// `force` is set, any warning stops the save with WarningsToConfirm (409, `error.warnings`),
// and the caller resends with force once the person has looked. Then logObservation saves.
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { findLogWarnings, type LogWarning } from "./find-log-warnings";
import { logObservation } from "./log-observation";
import type { ObservationDto } from "./observation-dto";

export class WarningsToConfirm extends AppError {
  constructor(readonly warnings: LogWarning[]) {
    super(
      "conflict",
      `Nothing was saved yet: ${warnings.map((w) => w.message).join(" ")} Send it again with force to save anyway.`,
    );
  }

  override extraBody() {
    return { warnings: this.warnings };
  }
}

export async function logObservationOrWarn(opts: {
  actor: Actor;
  input: unknown;
  force?: boolean;
}): Promise<ObservationDto> {
  if (!opts.force) {
    const warnings = await findLogWarnings({ input: opts.input });
    if (warnings.length) throw new WarningsToConfirm(warnings);
  }
  return logObservation({ actor: opts.actor, input: opts.input });
}
