"use client";
// The browser half of live updates: ONE EventSource on /api/live per tab, shared by every
// subscriber. `useLiveChanges("observation", (c) => …)` calls back for that kind only
// ("*" for all). EventSource reconnects by itself (the server asks for 3 s) and sends the last
// event id, so the server replays what was missed; ids already seen are dropped. A `resync` event
// (the server could not replay) reaches every subscriber whatever kind it asked for.
import { useEffect, useEffectEvent } from "react";
import type { LiveChange } from "@/lib/live/publish-change";

type Kind = LiveChange["kind"] | "*";
type Callback = (change: LiveChange) => void;

const subscribers = new Set<{ kind: Kind; cb: Callback }>();
const seen = new Set<string>();
let source: EventSource | null = null;

function open() {
  if (source || typeof EventSource === "undefined") return;
  source = new EventSource("/api/live");
  source.onmessage = (e) => {
    if (e.lastEventId) {
      if (seen.has(e.lastEventId)) return;
      seen.add(e.lastEventId);
      if (seen.size > 500) seen.delete(seen.values().next().value!);
    }
    let change: LiveChange;
    try {
      change = JSON.parse(e.data) as LiveChange;
    } catch {
      return;
    }
    for (const s of subscribers) if (s.kind === "*" || s.kind === change.kind) s.cb(change);
  };
  source.addEventListener("resync", () => {
    for (const s of subscribers) s.cb({ kind: "resync" });
  });
}

export function useLiveChanges<K extends Kind>(
  kind: K,
  callback: (change: K extends "*" ? LiveChange : Extract<LiveChange, { kind: K | "resync" }>) => void,
) {
  // Each event reaches the newest callback without subscribing again.
  const onChange = useEffectEvent(callback as Callback);
  useEffect(() => {
    const sub = { kind, cb: (change: LiveChange) => onChange(change) };
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
