-- AlterTable
ALTER TABLE "figure" ADD COLUMN     "archive_note" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "archived_at" TIMESTAMPTZ(3);
