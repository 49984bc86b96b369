-- AlterTable
ALTER TABLE "webhook" ADD COLUMN     "events" TEXT[] DEFAULT ARRAY['alert.opened']::TEXT[];

-- AlterTable
ALTER TABLE "webhook_delivery" ALTER COLUMN "alert_id" DROP NOT NULL;
