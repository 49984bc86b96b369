// The AppError a promise rejects with; fails the test if it resolves or throws something else.
import { expect } from "vitest";
import { AppError } from "@/lib/errors";

export async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
