-- CreateTable
CREATE TABLE "live_change" (
    "id" BIGSERIAL NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "live_change_created_at_idx" ON "live_change"("created_at");
