'use strict';
// An async job scheduler: named queues with priorities, a concurrency limit, retries with a
// (tiny, deterministic) backoff, per-attempt timeouts raced against the work, cancellation
// through AbortController, and a log of what happened in order.

const { EventEmitter } = require('./events');

const sleep = (ms, value) => new Promise(resolve => setTimeout(resolve, ms, value));

class SchedulerError extends Error {
  constructor(message, job) {
    super(message);
    this.name = new.target.name;
    this.jobId = job?.id ?? null;
  }
}
class TimeoutError extends SchedulerError {}
class CancelledError extends SchedulerError {}
class RetriesExhaustedError extends SchedulerError {
  constructor(job, errors) {
    super(`job ${job.id} failed ${errors.length} times`, job);
    this.errors = errors;
  }
  get lastError() {
    return this.errors.at(-1);
  }
}

const Priority = Object.freeze({ HIGH: 0, NORMAL: 1, LOW: 2 });

class PriorityQueue {
  constructor(compare = (a, b) => a - b) {
    this.items = [];
    this.compare = compare;
  }
  get size() {
    return this.items.length;
  }
  push(item) {
    // Binary insertion after equal items keeps the queue stable (FIFO inside a priority).
    let lo = 0, hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.items[mid], item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, item);
    return this;
  }
  shift() {
    return this.items.shift();
  }
  peek() {
    return this.items[0];
  }
  remove(predicate) {
    const index = this.items.findIndex(predicate);
    return index < 0 ? undefined : this.items.splice(index, 1)[0];
  }
  *[Symbol.iterator]() {
    yield* this.items;
  }
}

let jobCounter = 0;

class Job {
  static nextId() {
    jobCounter += 1;
    return `job-${String(jobCounter).padStart(3, '0')}`;
  }

  attempts = 0;
  state = 'queued';
  result = undefined;
  error = undefined;

  constructor(name, work, { priority = Priority.NORMAL, retries = 0, timeout = 0, queue = 'default' } = {}) {
    this.id = Job.nextId();
    this.name = name;
    this.work = work;
    this.priority = priority;
    this.retries = retries;
    this.timeout = timeout;
    this.queue = queue;
    this.controller = new AbortController();
    this.done = new Promise((resolve, reject) => {
      this.settle = (ok, value) => (ok ? resolve(value) : reject(value));
    });
    // Jobs that nobody awaits must not turn into unhandled rejections.
    this.done.catch(() => {});
  }

  get signal() {
    return this.controller.signal;
  }

  toJSON() {
    const { id, name, state, attempts } = this;
    return { id, name, state, attempts, error: this.error?.name };
  }
}

class Scheduler extends EventEmitter {
  constructor({ concurrency = 2, backoff = attempt => attempt } = {}) {
    super();
    this.concurrency = concurrency;
    this.backoff = backoff;
    this.queue = new PriorityQueue((a, b) => a.priority - b.priority);
    this.running = new Set();
    this.jobs = new Map();
    this.log = [];
    this.paused = false;
    this.idleWaiters = [];
  }

  get stats() {
    const counts = { queued: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
    for (const job of this.jobs.values()) counts[job.state] += 1;
    return counts;
  }

  add(name, work, options) {
    const job = new Job(name, work, options);
    this.jobs.set(job.id, job);
    this.queue.push(job);
    this.record('add', job);
    this.emit('add', job);
    queueMicrotask(() => this.pump());
    return job;
  }

  cancel(id, reason = 'cancelled') {
    const job = this.jobs.get(id);
    if (!job) return false;
    if (job.state === 'queued') {
      this.queue.remove(j => j === job);
      this.finish(job, false, new CancelledError(reason, job), 'cancelled');
      return true;
    }
    if (job.state === 'running') {
      job.controller.abort(new CancelledError(reason, job));
      return true;
    }
    return false;
  }

  pause() {
    this.paused = true;
  }

  resume() {
    this.paused = false;
    this.pump();
  }

  onIdle() {
    if (this.running.size === 0 && this.queue.size === 0) return Promise.resolve();
    return new Promise(resolve => this.idleWaiters.push(resolve));
  }

  record(event, job, extra) {
    this.log.push(extra === undefined ? `${event}:${job.name}` : `${event}:${job.name}:${extra}`);
  }

  pump() {
    while (!this.paused && this.running.size < this.concurrency && this.queue.size > 0) {
      const job = this.queue.shift();
      this.running.add(job);
      job.state = 'running';
      this.run(job).finally(() => {
        this.running.delete(job);
        this.pump();
        this.checkIdle();
      });
    }
  }

  checkIdle() {
    if (this.running.size === 0 && this.queue.size === 0) {
      const waiters = this.idleWaiters.splice(0);
      for (const resolve of waiters) resolve();
      this.emit('idle');
    }
  }

  async run(job) {
    const errors = [];
    while (job.attempts <= job.retries) {
      job.attempts += 1;
      this.record('start', job, job.attempts);
      try {
        const value = await this.attempt(job);
        this.finish(job, true, value, 'done');
        return;
      } catch (err) {
        errors.push(err);
        this.record('error', job, err.name);
        if (err instanceof CancelledError) {
          this.finish(job, false, err, 'cancelled');
          return;
        }
        if (job.attempts <= job.retries) {
          await sleep(this.backoff(job.attempts));
        }
      }
    }
    const failure = job.retries === 0 ? errors[0] : new RetriesExhaustedError(job, errors);
    this.finish(job, false, failure, 'failed');
  }

  attempt(job) {
    const { signal } = job;
    if (signal.aborted) return Promise.reject(signal.reason);
    const racers = [
      Promise.resolve().then(() => job.work({ signal, attempt: job.attempts, job })),
      new Promise((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    ];
    let timer;
    if (job.timeout > 0) {
      racers.push(new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`job ${job.id} timed out`, job)), job.timeout);
      }));
    }
    return Promise.race(racers).finally(() => clearTimeout(timer));
  }

  finish(job, ok, value, state) {
    job.state = state;
    if (ok) job.result = value;
    else job.error = value;
    this.record(state, job);
    this.emit(state, job);
    job.settle(ok, value);
  }

  *[Symbol.iterator]() {
    yield* this.jobs.values();
  }
}

// Runs `tasks` (functions returning promises) with at most `limit` in flight, keeping order.
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker(workerId) {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index, workerId);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, i) => worker(i)));
  return results;
}

module.exports = {
  Scheduler,
  Job,
  Priority,
  PriorityQueue,
  SchedulerError,
  TimeoutError,
  CancelledError,
  RetriesExhaustedError,
  sleep,
  mapLimit,
};
