// A save made against a version that is no longer the stored one. It is a 409 like any
// conflict, and carries what is stored now so the editor can see the other change beside theirs.
import { AppError } from "../errors";
import type { ObservationDto } from "./observation-dto";

export class StaleEditError extends AppError {
  constructor(
    message: string,
    readonly current: ObservationDto,
  ) {
    super("conflict", message);
    this.name = "StaleEditError";
  }
}
