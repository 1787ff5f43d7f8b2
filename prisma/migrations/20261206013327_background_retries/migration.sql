-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "retryAfter" TIMESTAMP(3),
ADD COLUMN     "retryAttempts" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "retryAfter" TIMESTAMP(3),
ADD COLUMN     "retryAttempts" INTEGER NOT NULL DEFAULT 0;
