// What people type into the account forms, checked before anything reaches better-auth.
import { z } from "zod";
import { ROLES } from "./actor";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";
import { errorText } from "../i18n/error-text";

const email = z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@newsroom.org."));
const password = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);
export const ZRole = z.enum(ROLES, "Pick viewer, editor or admin.");

export const ZSignIn = z.object({
  email,
  password: z
    .string()
    .min(1, errorText("enterPassword"))
    .max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters.`),
});

export const ZCreateUser = z.object({
  email,
  name: z.string().trim().min(1, errorText("enterName")).max(100, "Use at most 100 characters."),
  role: ZRole,
  /** empty: Tally makes one and shows it once */
  password: z.preprocess((v) => (v === "" ? undefined : v), password.optional()),
});

export const ZChangeRole = z.object({ userId: z.string().min(1), role: ZRole });
export const ZSetDisabled = z.object({
  userId: z.string().min(1),
  disabled: z.preprocess((v) => v === "true" || v === true, z.boolean()),
});

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, errorText("enterCurrentPassword")),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: errorText("passwordsDiffer"),
  });

export type TCreateUser = z.infer<typeof ZCreateUser>;
