import { describe, expect, it } from "vitest";
import { readDate } from "./read-date";

describe("readDate", () => {
  it.each([
    ["2025-10-25", null],
    ["25/10/2025", { iso: "2025-10-25", order: "day-first" }],
    ["25.10.2025", { iso: "2025-10-25", order: "day-first" }],
    ["10/25/2025", { iso: "2025-10-25", order: "month-first" }],
    ["5/5/2025", { iso: "2025-05-05" }],
    ["31/12/2025", { iso: "2025-12-31", order: "day-first" }],
    [
      "10/11/2025",
      {
        error:
          "“10/11/2025” could be 10 November (day first) or October 11 (month first), 2025; write it as 2025-11-10 or 2025-10-11.",
      },
    ],
    ["30/02/2025", { error: "“30/02/2025” is not a date on the calendar; write it as YYYY-MM-DD." }],
    ["13/13/2025", { error: "“13/13/2025” is not a date on the calendar; write it as YYYY-MM-DD." }],
    ["10/11/25", null],
    ["yesterday", null],
  ])("%s", (raw, expected) => {
    expect(readDate(raw)).toEqual(expected);
  });
});
