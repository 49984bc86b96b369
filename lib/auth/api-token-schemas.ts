// API tokens: what an editor may grant one. A token acts as its owner, limited to its scopes.
import { z } from "zod";
import { errorText } from "../i18n/error-text";

export const API_SCOPES = ["observations:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** `tly_` + 43 base64url characters (32 random bytes). */
export const TOKEN_PATTERN = /^tly_[A-Za-z0-9_-]{43}$/;

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(2, "Name the token after what will use it (e.g. “newsroom bot”).").max(80),
  scopes: z.array(z.enum(API_SCOPES, { error: errorText("unknownScope") })).default([]),
});
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;
