// Tokens are 256 random bits, so a plain SHA-256 is enough to store them (no password hashing
// needed: nobody can guess one), and lets the lookup be one indexed equality.
import { createHash } from "node:crypto";

export const hashApiToken = (token: string): string => createHash("sha256").update(token).digest("hex");
