"use client";
// The browser half of live updates: ONE EventSource on /api/live per tab, shared by every
// subscriber. `useLiveChanges("observation", (c) => …)` calls back for that kind only
// ("*" for all). EventSource reconnects by itself (the server asks for 3 s).
import { useEffect, useRef } from "react";
import type { LiveChange } from "@/lib/live/publish-change";

type Kind = LiveChange["kind"] | "*";
type Callback = (change: LiveChange) => void;

const subscribers = new Set<{ kind: Kind; cb: { current: Callback } }>();
let source: EventSource | null = null;

function open() {
  if (source || typeof EventSource === "undefined") return;
  source = new EventSource("/api/live");
  source.onmessage = (e) => {
    let change: LiveChange;
    try {
      change = JSON.parse(e.data) as LiveChange;
    } catch {
      return;
    }
    for (const s of subscribers) if (s.kind === "*" || s.kind === change.kind) s.cb.current(change);
  };
}

export function useLiveChanges<K extends Kind>(kind: K, callback: (change: K extends "*" ? LiveChange : Extract<LiveChange, { kind: K }>) => void) {
  const ref = useRef(callback as Callback);
  ref.current = callback as Callback;
  useEffect(() => {
    const sub = { kind, cb: ref };
    subscribers.add(sub);
    open();
    return () => {
      subscribers.delete(sub);
      if (subscribers.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  }, [kind]);
}
