// Closed-loop HTTP load for POST /xapi/statements: `concurrency` clients, each on its own
// keep-alive connection, send a batch, wait for the answer, send the next. Plain node:http
// (the cheapest client in CPU, which matters with the server on the same two cores).
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const TIMEOUT_MS = 10_000;

/** Percentile (0–100) of an ascending array, nearest rank. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function post(agent, target, body) {
  return new Promise((resolve) => {
    const started = performance.now();
    let settled = false;
    const done = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, ms: performance.now() - started, started });
    };
    const request = http.request(
      {
        agent,
        host: target.host,
        port: target.port,
        method: 'POST',
        path: '/xapi/statements',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: target.authorization,
          'x-experience-api-version': '1.0.3',
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => done({ status: response.statusCode, body: response.statusCode >= 300 ? Buffer.concat(chunks).toString('utf8').slice(0, 300) : '' }));
        response.on('error', (error) => done({ status: 0, error: error.code ?? error.message }));
      },
    );
    const timer = setTimeout(() => {
      done({ status: 0, timeout: true });
      request.destroy(new Error('timeout'));
    }, TIMEOUT_MS);
    request.on('error', (error) => done({ status: 0, error: error.code ?? error.message }));
    request.end(body);
  });
}

function get(agent, target, urlPath) {
  return new Promise((resolve) => {
    const request = http.get({ agent, host: target.host, port: target.port, path: urlPath, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200));
      response.on('error', () => resolve(false));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve(false));
  });
}

/**
 * Runs one load phase: `warmupMs` of unmeasured load, then `durationMs` measured.
 * Throughput counts the statements of 2xx answers that arrive inside the measured window;
 * latency, non-2xx, errors and timeouts cover every request started in it (waiting for those still
 * in flight at the end).
 */
export async function runLoad({ target, source, batchSize, concurrency, warmupMs, durationMs, probes = [] }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
  const startAt = performance.now();
  const measureFrom = startAt + warmupMs;
  const measureTo = measureFrom + durationMs;
  const latencies = [];
  const stats = { requests: 0, ok: 0, statementsInWindow: 0, statementsAcknowledged: 0, non2xx: 0, timeouts: 0, errors: 0, statuses: {}, sampleProblem: null };
  const client = async () => {
    while (performance.now() < measureTo) {
      const body = source.batch(batchSize);
      const outcome = await post(agent, target, body);
      const finished = outcome.started + outcome.ms;
      const ok = outcome.status >= 200 && outcome.status < 300;
      if (ok) stats.statementsAcknowledged += batchSize;
      if (ok && finished >= measureFrom && finished <= measureTo) stats.statementsInWindow += batchSize;
      if (outcome.started < measureFrom) continue;
      stats.requests += 1;
      latencies.push(outcome.ms);
      if (ok) stats.ok += 1;
      else if (outcome.timeout) stats.timeouts += 1;
      else if (outcome.status === 0) {
        stats.errors += 1;
        stats.statuses[outcome.error] = (stats.statuses[outcome.error] ?? 0) + 1;
      } else {
        stats.non2xx += 1;
        stats.statuses[outcome.status] = (stats.statuses[outcome.status] ?? 0) + 1;
        stats.sampleProblem ??= `${outcome.status} ${outcome.body}`;
      }
      // A refused connection would otherwise spin: back off a little.
      if (outcome.status === 0 && !outcome.timeout) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  // Meanwhile, one probe every 100 ms on each `probes` path (GET, its own connection): how long a
  // request that is not an ingest waits while the server ingests.
  const probeAgent = new http.Agent({ keepAlive: true, maxSockets: Math.max(1, probes.length) });
  const probeTimes = Object.fromEntries(probes.map((probe) => [probe, []]));
  const prober = async (probe) => {
    while (performance.now() < measureTo) {
      const started = performance.now();
      const ok = await get(probeAgent, target, probe);
      if (started >= measureFrom) probeTimes[probe].push(ok ? performance.now() - started : TIMEOUT_MS);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await Promise.all([...Array.from({ length: concurrency }, client), ...probes.map(prober)]);
  agent.destroy();
  probeAgent.destroy();
  const probeLatencyMs = Object.fromEntries(
    Object.entries(probeTimes).map(([probe, times]) => {
      times.sort((x, y) => x - y);
      return [probe, { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: times.length ? times[times.length - 1] : null }];
    }),
  );
  latencies.sort((a, b) => a - b);
  const seconds = durationMs / 1000;
  return {
    batchSize,
    concurrency,
    seconds,
    statementsPerSecond: stats.statementsInWindow / seconds,
    requestsPerSecond: stats.requests / seconds,
    requests: stats.requests,
    ok: stats.ok,
    non2xx: stats.non2xx,
    timeouts: stats.timeouts,
    errors: stats.errors,
    statuses: stats.statuses,
    sampleProblem: stats.sampleProblem,
    statementsAcknowledged: stats.statementsAcknowledged,
    probeLatencyMs,
    latencyMs: {
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: latencies.length ? latencies[latencies.length - 1] : null,
    },
  };
}
