"use client";
// Client-side state shared by every page: one TanStack Query cache and the toast outlet.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Toaster } from "sonner";
import { LiveInvalidation } from "@/components/live/live-invalidation";

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000 } } }));
  return (
    <QueryClientProvider client={client}>
      {children}
      <LiveInvalidation />
      <Toaster position="bottom-right" richColors closeButton />
    </QueryClientProvider>
  );
}
