-- AlterTable
ALTER TABLE "outlet" ADD COLUMN     "merged_into_id" UUID;

-- AddForeignKey
ALTER TABLE "outlet" ADD CONSTRAINT "outlet_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: an outlet is never merged into itself, and only into one that is itself kept.
ALTER TABLE "outlet" ADD CONSTRAINT "outlet_not_merged_into_self" CHECK ("merged_into_id" IS NULL OR "merged_into_id" <> "id");
