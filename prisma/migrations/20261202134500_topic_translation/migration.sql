-- CreateTable
CREATE TABLE "topic_translation" (
    "topic" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "topic_translation_pkey" PRIMARY KEY ("topic","locale")
);
