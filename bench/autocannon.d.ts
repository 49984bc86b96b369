// The little of autocannon 9's API the bench uses (it ships no types).
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p97_5?: number; p99: number };
  type Result = { requests: Histogram; latency: Histogram; non2xx: number };
  export default function autocannon(opts: {
    url: string;
    connections: number;
    duration: number;
    timeout?: number;
  }): Promise<Result> & {
    on(event: "response", fn: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
  };
}
