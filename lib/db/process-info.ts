// What the supervisor needs to know about other processes: who holds a data dir or a port, whether
// a pid is alive, and a bounded wait for a child's exit. Linux's /proc where it exists; elsewhere the
// answers are "unknown" and the messages say less.
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";

/** postmaster.pid's first line is the server's pid; `parent` describes the process that started it. */
export function readPostmasterPid(dataDir: string): { pid: number; parent: string | null } | null {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return null;
  }
  const pid = Number(text.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const ppid = parentPid(pid);
  return { pid, parent: ppid && ppid > 1 ? describePid(ppid) : null };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** "node start.ts (pid 123)", "postgres (pid 42)", or "pid 123" when the command line cannot be read. */
export function describePid(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const script = argv.slice(1).find((a) => /\.(ts|js|mjs|cjs)$/.test(a));
    const words = [argv[0], script].filter((w): w is string => !!w).map((w) => path.basename(w));
    return `${words.join(" ")} (pid ${pid})`;
  } catch {
    return `pid ${pid}`;
  }
}

function parentPid(pid: number): number | null {
  try {
    // Fields after the command (which may hold spaces) start after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) || null;
  } catch {
    return null;
  }
}

/** Who listens on a TCP port on this machine ("postgres (pid 42)"), or null when /proc cannot say. */
export function describePortOwner(port: number): string | null {
  const pid = portOwnerPid(port);
  return pid === null ? null : describePid(pid);
}

/** The pid of the process listening on a TCP port, or null when /proc cannot say. */
export function portOwnerPid(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN; column 9 is the socket's inode.
      if (cols.length > 9 && cols[3] === "0A" && parseInt(cols[1].split(":")[1], 16) === port) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return null;
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (target.startsWith("socket:[") && inodes.has(target.slice(8, -1))) return Number(pid);
      } catch {
        // the fd closed while we looked
      }
    }
  }
  return null;
}

/** Resolves true when the child has exited (now or already), false after `ms`. */
export function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
