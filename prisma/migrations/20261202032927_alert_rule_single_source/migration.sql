-- AlterEnum
ALTER TYPE "AlertRule" ADD VALUE 'single_source';
