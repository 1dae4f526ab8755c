// The node column of the workload benchmark: loads one workload into a fresh context, warms run() up
// for the given time, then prints the checksum and the median wall and CPU times of timed batches
// (milliseconds per run) as one JSON line. Same protocol as the .NET engines: run() returns a value or a promise of one.
'use strict';
const fs = require('fs');

const [file, warmupMs, samples] = [process.argv[2], Number(process.argv[3] || 1500), Number(process.argv[4] || 15)];

async function main() {
  // A classic script in the main context (indirect eval), as the .NET engines load it: its top-level
  // functions and vars are globals. (A vm context would make every global access slow.)
  (0, eval)(fs.readFileSync(file, 'utf8'));
  const workload = globalThis.run;
  // A sync run() is called without an await, so its time carries no microtask turn.
  const run = () => {
    const r = workload();
    return r !== null && typeof r === 'object' && typeof r.then === 'function' ? r : undefined;
  };
  let first = workload();
  if (first !== null && typeof first === 'object' && typeof first.then === 'function') first = await first;
  const checksum = String(first);
  let start = performance.now();
  let warmRuns = 0;
  while (performance.now() - start < warmupMs || warmRuns < 5) {
    const p = run();
    if (p) await p;
    warmRuns++;
  }
  const perRun = (performance.now() - start) / warmRuns;
  const batch = Math.max(1, Math.floor(50 / Math.max(perRun, 0.001)));
  const times = [];
  const cpuTimes = [];
  for (let s = 0; s < samples; s++) {
    const cpu = process.cpuUsage();
    start = performance.now();
    for (let i = 0; i < batch; i++) {
      const p = run();
      if (p) await p;
    }
    times.push((performance.now() - start) / batch);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000 / batch);
  }
  const median = (list) => list.sort((a, b) => a - b)[list.length >> 1];
  console.log(JSON.stringify({ checksum, steadyMs: median(times), steadyCpuMs: median(cpuTimes) }));
}

main().catch((e) => { console.error(e); process.exit(1); });
