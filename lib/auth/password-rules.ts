// Password length rules, shared by the zod schemas (client-safe) and better-auth's settings.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
