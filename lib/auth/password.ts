import "server-only";
// Password hashing for better-auth: argon2id at OWASP's recommended minimum (19 MiB memory,
// 2 iterations, 1 lane). The PHC string carries its own parameters, so raising them later
// still verifies old hashes.
import { hash, verify } from "@node-rs/argon2";

export { PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";

const OWASP_ARGON2ID = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, so it cannot be imported */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OWASP_ARGON2ID);

export async function verifyPassword(opts: { hash: string; password: string }): Promise<boolean> {
  // A hash that is not argon2 (or is damaged) is a failed sign-in, not a crash.
  return verify(opts.hash, opts.password).catch(() => false);
}
