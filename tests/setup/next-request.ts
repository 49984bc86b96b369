// Server actions read the request through next/headers; under Vitest there is no Next request,
// so tests run an action "inside" a request of their own: withRequest(headers, () => action(…)).
// Only Next's request plumbing is replaced here — the database, auth and actions are the real ones.
import { AsyncLocalStorage } from "node:async_hooks";
import { vi } from "vitest";

const store = new AsyncLocalStorage<Headers>();

export function withRequest<T>(headers: Headers, fn: () => Promise<T>): Promise<T> {
  return store.run(headers, fn);
}

const current = () => {
  const h = store.getStore();
  if (!h) throw new Error("No request: wrap the call in withRequest(headers, …)");
  return h;
};

vi.mock("next/headers", () => ({
  headers: async () => current(),
  cookies: async () => {
    const jar = new Map<string, string>();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
      getAll: () => [],
    };
  },
}));

vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));
