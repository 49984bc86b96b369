-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('cumulative', 'level', 'flow', 'change');

-- CreateEnum
CREATE TYPE "OutletKind" AS ENUM ('wire_agency', 'newspaper', 'broadcaster', 'government', 'un_agency_ngo', 'other');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'approximately', 'at_least', 'more_than', 'at_most', 'less_than', 'range');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year', 'fiscal_year');

-- CreateEnum
CREATE TYPE "ObservationStatus" AS ENUM ('published', 'retracted');

-- CreateTable
CREATE TABLE "figure" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL,
    "kind" "FigureKind" NOT NULL,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outlet" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OutletKind" NOT NULL DEFAULT 'other',
    "domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "figure_id" UUID NOT NULL,
    "outlet_id" UUID NOT NULL,
    "value" DECIMAL,
    "qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "low" DECIMAL,
    "high" DECIMAL,
    "refers_start" DATE,
    "refers_end" DATE,
    "refers_precision" "DatePrecision",
    "refers_label" TEXT,
    "reported_on" DATE NOT NULL,
    "reported_at" TIMESTAMPTZ(3),
    "logged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cited_sources" TEXT[],
    "url" TEXT,
    "quote" TEXT NOT NULL,
    "note" TEXT,
    "logged_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" "ObservationStatus" NOT NULL DEFAULT 'published',

    CONSTRAINT "observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision" (
    "id" BIGSERIAL NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "actor" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "topic" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_EventToFigure" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_EventToFigure_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "figure_slug_key" ON "figure"("slug");

-- CreateIndex
CREATE INDEX "figure_topics_idx" ON "figure" USING GIN ("topics");

-- CreateIndex
CREATE UNIQUE INDEX "outlet_slug_key" ON "outlet"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "outlet_name_key" ON "outlet"("name");

-- CreateIndex
CREATE INDEX "observation_figure_id_reported_on_idx" ON "observation"("figure_id", "reported_on" DESC);

-- CreateIndex
CREATE INDEX "observation_outlet_id_reported_on_idx" ON "observation"("outlet_id", "reported_on" DESC);

-- CreateIndex
CREATE INDEX "observation_figure_id_outlet_id_reported_on_idx" ON "observation"("figure_id", "outlet_id", "reported_on" DESC);

-- CreateIndex
CREATE INDEX "revision_entity_type_entity_id_created_at_idx" ON "revision"("entity_type", "entity_id", "created_at");

-- CreateIndex
CREATE INDEX "event_date_idx" ON "event"("date");

-- CreateIndex
CREATE UNIQUE INDEX "event_date_title_key" ON "event"("date", "title");

-- CreateIndex
CREATE INDEX "_EventToFigure_B_index" ON "_EventToFigure"("B");

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventToFigure" ADD CONSTRAINT "_EventToFigure_A_fkey" FOREIGN KEY ("A") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventToFigure" ADD CONSTRAINT "_EventToFigure_B_fkey" FOREIGN KEY ("B") REFERENCES "figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
