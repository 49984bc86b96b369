-- CreateEnum
CREATE TYPE "AlertRule" AS ENUM ('decrease', 'disagreement', 'stale', 'new_outlet', 'outlier');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('open', 'acknowledged', 'resolved');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'retrying', 'delivered', 'failed');

-- CreateTable
CREATE TABLE "alert" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "rule" "AlertRule" NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'open',
    "figure_id" UUID NOT NULL,
    "observation_ids" UUID[],
    "details" JSONB NOT NULL,
    "message" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by" TEXT,
    "acknowledged_by_id" TEXT,
    "acknowledge_note" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by" TEXT,
    "resolved_by_id" TEXT,
    "resolve_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monitoring_config" (
    "figure_id" UUID NOT NULL,
    "settings" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by" TEXT,

    CONSTRAINT "monitoring_config_pkey" PRIMARY KEY ("figure_id")
);

-- CreateTable
CREATE TABLE "webhook" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "rules" "AlertRule"[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "webhook_id" UUID NOT NULL,
    "alert_id" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_status_code" INTEGER,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_attempt_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "alert_dedupe_key_key" ON "alert"("dedupe_key");

-- CreateIndex
CREATE INDEX "alert_status_created_at_idx" ON "alert"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "alert_figure_id_status_idx" ON "alert"("figure_id", "status");

-- CreateIndex
CREATE INDEX "alert_created_at_idx" ON "alert"("created_at" DESC);

-- CreateIndex
CREATE INDEX "webhook_delivery_status_created_at_idx" ON "webhook_delivery"("status", "created_at");

-- CreateIndex
CREATE INDEX "webhook_delivery_created_at_idx" ON "webhook_delivery"("created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_webhook_id_alert_id_event_key" ON "webhook_delivery"("webhook_id", "alert_id", "event");

-- AddForeignKey
ALTER TABLE "alert" ADD CONSTRAINT "alert_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_config" ADD CONSTRAINT "monitoring_config_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: shapes the app relies on.
ALTER TABLE "webhook" ADD CONSTRAINT "webhook_url_http" CHECK ("url" ~ '^https?://');
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_attempts_nonnegative" CHECK ("attempts" >= 0);
ALTER TABLE "alert" ADD CONSTRAINT "alert_resolved_has_time" CHECK ("status" <> 'resolved' OR "resolved_at" IS NOT NULL);
ALTER TABLE "alert" ADD CONSTRAINT "alert_acknowledged_has_time" CHECK ("status" <> 'acknowledged' OR "acknowledged_at" IS NOT NULL);
