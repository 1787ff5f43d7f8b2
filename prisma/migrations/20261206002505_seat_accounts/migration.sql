-- CreateEnum
CREATE TYPE "RefundMethod" AS ENUM ('STRIPE', 'OFFLINE');

-- AlterEnum
ALTER TYPE "RefundRequestStatus" ADD VALUE 'COMPLETED';

-- DropForeignKey
ALTER TABLE "RefundRequest" DROP CONSTRAINT "RefundRequest_refundId_fkey";

-- DropIndex
DROP INDEX "RefundRequest_refundId_key";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "accountId" TEXT,
ADD COLUMN     "movedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "failureReason" TEXT,
ADD COLUMN     "method" "RefundMethod" NOT NULL DEFAULT 'STRIPE',
ADD COLUMN     "paidOutAt" TIMESTAMP(3),
ADD COLUMN     "paidOutById" TEXT,
ADD COLUMN     "payoutMethod" TEXT,
ADD COLUMN     "payoutReference" TEXT,
ADD COLUMN     "requestId" TEXT;

-- Backfill: a request's refund now points at its request (a request may have several refunds).
UPDATE "Refund" SET "requestId" = rr."id" FROM "RefundRequest" rr WHERE rr."refundId" = "Refund"."id";

-- AlterTable
ALTER TABLE "RefundRequest" DROP COLUMN "refundId",
ADD COLUMN     "accountId" TEXT,
ADD COLUMN     "filedById" TEXT;

-- CreateTable
CREATE TABLE "SeatAccount" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "enrollmentId" TEXT,
    "agreedPriceFen" INTEGER NOT NULL,
    "waivedFen" INTEGER NOT NULL DEFAULT 0,
    "waivedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeatAccount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SeatAccount_enrollmentId_key" ON "SeatAccount"("enrollmentId");

-- CreateIndex
CREATE INDEX "SeatAccount_userId_idx" ON "SeatAccount"("userId");

-- CreateIndex
CREATE INDEX "SeatAccount_cohortId_idx" ON "SeatAccount"("cohortId");

-- CreateIndex
CREATE INDEX "Order_accountId_idx" ON "Order"("accountId");

-- CreateIndex
CREATE INDEX "Refund_requestId_idx" ON "Refund"("requestId");

-- CreateIndex
CREATE INDEX "Refund_method_status_idx" ON "Refund"("method", "status");

-- CreateIndex
CREATE INDEX "RefundRequest_accountId_status_idx" ON "RefundRequest"("accountId", "status");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SeatAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RefundRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paidOutById_fkey" FOREIGN KEY ("paidOutById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefundRequest" ADD CONSTRAINT "RefundRequest_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SeatAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefundRequest" ADD CONSTRAINT "RefundRequest_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatAccount" ADD CONSTRAINT "SeatAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatAccount" ADD CONSTRAINT "SeatAccount_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatAccount" ADD CONSTRAINT "SeatAccount_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatAccount" ADD CONSTRAINT "SeatAccount_waivedById_fkey" FOREIGN KEY ("waivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: one account per paid seat, holding the order that paid for it (a transfer's
-- difference order joins the account of the seat it moved, below).
INSERT INTO "SeatAccount" ("id", "userId", "cohortId", "enrollmentId", "agreedPriceFen", "waivedFen", "createdAt", "updatedAt")
SELECT 'acct_' || o."id", o."userId", e."cohortId", e."id", o."amountFen",
       COALESCE((SELECT SUM(rr."approvedFen") FROM "RefundRequest" rr WHERE rr."orderId" = o."id" AND rr."status" = 'APPROVED' AND rr."endEnrollment" = false), 0),
       COALESCE(o."paidAt", o."createdAt"), CURRENT_TIMESTAMP
FROM "Order" o JOIN "Enrollment" e ON e."id" = o."enrollmentId"
WHERE o."status" IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND NOT EXISTS (SELECT 1 FROM "Transfer" t WHERE t."orderId" = o."id");
UPDATE "Order" SET "accountId" = 'acct_' || "id" WHERE "status" IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND "enrollmentId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Transfer" t WHERE t."orderId" = "Order"."id");
UPDATE "RefundRequest" SET "accountId" = o."accountId" FROM "Order" o WHERE o."id" = "RefundRequest"."orderId";

-- Backfill: completed transfers moved the seat (three hops, more than any learner made): the
-- account follows to the new enrollment at the new cohort's price; where an order paid the
-- difference, it joins the account as the current order and the older ones are marked moved
-- (a cheaper transfer has no new order: the newest stays current).
UPDATE "Order" SET "movedAt" = t."updatedAt" FROM "Transfer" t JOIN "SeatAccount" a ON a."enrollmentId" = t."fromEnrollmentId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND t."orderId" IS NOT NULL AND "Order"."accountId" = a."id" AND "Order"."movedAt" IS NULL AND "Order"."id" <> t."orderId";
UPDATE "Order" SET "accountId" = a."id" FROM "Transfer" t JOIN "SeatAccount" a ON a."enrollmentId" = t."fromEnrollmentId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND "Order"."id" = t."orderId";
UPDATE "SeatAccount" SET "enrollmentId" = t."toEnrollmentId", "cohortId" = c."id", "agreedPriceFen" = c."listPriceFen"
  FROM "Transfer" t JOIN "Cohort" c ON c."id" = t."toCohortId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND "SeatAccount"."enrollmentId" = t."fromEnrollmentId"
    AND NOT EXISTS (SELECT 1 FROM "SeatAccount" x WHERE x."enrollmentId" = t."toEnrollmentId");
UPDATE "Order" SET "movedAt" = t."updatedAt" FROM "Transfer" t JOIN "SeatAccount" a ON a."enrollmentId" = t."fromEnrollmentId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND t."orderId" IS NOT NULL AND "Order"."accountId" = a."id" AND "Order"."movedAt" IS NULL AND "Order"."id" <> t."orderId";
UPDATE "Order" SET "accountId" = a."id" FROM "Transfer" t JOIN "SeatAccount" a ON a."enrollmentId" = t."fromEnrollmentId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND "Order"."id" = t."orderId";
UPDATE "SeatAccount" SET "enrollmentId" = t."toEnrollmentId", "cohortId" = c."id", "agreedPriceFen" = c."listPriceFen"
  FROM "Transfer" t JOIN "Cohort" c ON c."id" = t."toCohortId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND "SeatAccount"."enrollmentId" = t."fromEnrollmentId"
    AND NOT EXISTS (SELECT 1 FROM "SeatAccount" x WHERE x."enrollmentId" = t."toEnrollmentId");
UPDATE "Order" SET "movedAt" = t."updatedAt" FROM "Transfer" t JOIN "SeatAccount" a ON a."enrollmentId" = t."fromEnrollmentId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND t."orderId" IS NOT NULL AND "Order"."accountId" = a."id" AND "Order"."movedAt" IS NULL AND "Order"."id" <> t."orderId";
UPDATE "Order" SET "accountId" = a."id" FROM "Transfer" t JOIN "SeatAccount" a ON a."enrollmentId" = t."fromEnrollmentId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND "Order"."id" = t."orderId";
UPDATE "SeatAccount" SET "enrollmentId" = t."toEnrollmentId", "cohortId" = c."id", "agreedPriceFen" = c."listPriceFen"
  FROM "Transfer" t JOIN "Cohort" c ON c."id" = t."toCohortId"
  WHERE t."status" = 'COMPLETED' AND t."toEnrollmentId" IS NOT NULL AND "SeatAccount"."enrollmentId" = t."fromEnrollmentId"
    AND NOT EXISTS (SELECT 1 FROM "SeatAccount" x WHERE x."enrollmentId" = t."toEnrollmentId");
