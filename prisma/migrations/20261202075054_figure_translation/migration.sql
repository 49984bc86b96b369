-- CreateTable
CREATE TABLE "figure_translation" (
    "figure_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "figure_translation_pkey" PRIMARY KEY ("figure_id","locale")
);

-- AddForeignKey
ALTER TABLE "figure_translation" ADD CONSTRAINT "figure_translation_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
