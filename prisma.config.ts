import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file. The app itself connects through lib/db.ts (PGlite or PostgreSQL adapter);
// a URL is only needed here for the ordinary CLI on machines where its native engine can be downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/ai_trainer_school" },
});
