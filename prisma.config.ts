// Prisma CLI configuration. The CLI is only used for `prisma generate`; migrations are
// applied by lib/db/migrate.ts and authored by scripts/db-migration.ts (no native engine).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
