-- AlterTable
ALTER TABLE "revision" ALTER COLUMN "entity_id" SET DATA TYPE TEXT;
