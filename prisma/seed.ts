// Prisma's conventional seed entry point; the work is in lib/demo/load-demo-data.ts.
import "../scripts/db-seed";
