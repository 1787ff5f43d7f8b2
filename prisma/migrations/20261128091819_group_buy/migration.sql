-- CreateEnum
CREATE TYPE "GroupBuyStatus" AS ENUM ('OPEN', 'FILLED', 'FAILED', 'SETTLED');

-- CreateEnum
CREATE TYPE "GroupMemberStatus" AS ENUM ('PENDING_PAYMENT', 'AUTHORIZED', 'PAID', 'CAPTURED', 'CANCELLED', 'REFUNDED', 'DROPPED');

-- AlterEnum
ALTER TYPE "OrderStatus" ADD VALUE 'AUTHORIZED';

-- AlterEnum
ALTER TYPE "SeatHoldSource" ADD VALUE 'GROUP';

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "groupSize" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "GroupBuy" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "leaderId" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "priceFen" INTEGER NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "GroupBuyStatus" NOT NULL DEFAULT 'OPEN',
    "filledAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "settledAt" TIMESTAMP(3),
    "settledEarlyById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupBuy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupBuyMember" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "GroupMemberStatus" NOT NULL DEFAULT 'PENDING_PAYMENT',
    "holdId" TEXT NOT NULL,
    "orderId" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "securedAt" TIMESTAMP(3),
    "settledAt" TIMESTAMP(3),
    "dropReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupBuyMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GroupBuy_code_key" ON "GroupBuy"("code");

-- CreateIndex
CREATE INDEX "GroupBuy_cohortId_status_idx" ON "GroupBuy"("cohortId", "status");

-- CreateIndex
CREATE INDEX "GroupBuy_status_deadline_idx" ON "GroupBuy"("status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "GroupBuyMember_holdId_key" ON "GroupBuyMember"("holdId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupBuyMember_orderId_key" ON "GroupBuyMember"("orderId");

-- CreateIndex
CREATE INDEX "GroupBuyMember_groupId_status_idx" ON "GroupBuyMember"("groupId", "status");

-- CreateIndex
CREATE INDEX "GroupBuyMember_userId_status_idx" ON "GroupBuyMember"("userId", "status");

-- AddForeignKey
ALTER TABLE "GroupBuy" ADD CONSTRAINT "GroupBuy_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupBuy" ADD CONSTRAINT "GroupBuy_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupBuyMember" ADD CONSTRAINT "GroupBuyMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "GroupBuy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupBuyMember" ADD CONSTRAINT "GroupBuyMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupBuyMember" ADD CONSTRAINT "GroupBuyMember_holdId_fkey" FOREIGN KEY ("holdId") REFERENCES "SeatHold"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupBuyMember" ADD CONSTRAINT "GroupBuyMember_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
