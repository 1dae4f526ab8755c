// An operating-system scheduler simulation in the shape of the classic "Richards" benchmark, written here
// from its description: six tasks (idle, worker, two handlers, two devices) behind task control blocks
// ordered by priority; the scheduler always runs the most urgent runnable task; tasks hand packets to
// each other through per-task queues, wait for packets, hold themselves and release others. The
// checksum counts queued packets, holds and the data the devices saw.
const ID_IDLE = 0;
const ID_WORKER = 1;
const ID_HANDLER_A = 2;
const ID_HANDLER_B = 3;
const ID_DEVICE_A = 4;
const ID_DEVICE_B = 5;
const TASK_COUNT = 6;

const KIND_DEVICE = 0;
const KIND_WORK = 1;
const DATA_SIZE = 4;

class Packet {
  constructor(link, id, kind) {
    this.link = link;
    this.id = id;
    this.kind = kind;
    this.a1 = 0;
    this.a2 = new Array(DATA_SIZE).fill(0);
  }

  /** Appends this packet to the end of a queue and returns the queue's new head. */
  appendTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let tail = queue;
    while (tail.link !== null) tail = tail.link;
    tail.link = this;
    return queue;
  }
}

class TaskControlBlock {
  constructor(link, id, priority, queue, task) {
    this.link = link;
    this.id = id;
    this.priority = priority;
    this.queue = queue;
    this.task = task;
    this.packetPending = queue !== null;
    this.waiting = false;
    this.held = false;
  }

  get blocked() {
    return this.held || (this.waiting && !this.packetPending);
  }

  /** Takes the first packet of the queue (the task was waiting for it). */
  takePacket() {
    const packet = this.queue;
    this.queue = packet.link;
    this.packetPending = this.queue !== null;
    this.waiting = false;
    return packet;
  }

  /** Adds a packet to the queue; returns true when the queue was empty (the task may need to run). */
  addPacket(packet) {
    if (this.queue === null) {
      this.queue = packet;
      this.packetPending = true;
      return true;
    }
    this.queue = packet.appendTo(this.queue);
    return false;
  }
}

class Scheduler {
  constructor() {
    this.table = new Array(TASK_COUNT).fill(null);
    this.list = null;
    this.current = null;
    this.currentId = -1;
    this.queueCount = 0;
    this.holdCount = 0;
    this.deviceSum = 0;
  }

  /** Tasks must be added from the lowest priority up: the list is then ordered most urgent first. */
  addTask(id, priority, queue, task, waiting) {
    const tcb = new TaskControlBlock(this.list, id, priority, queue, task);
    tcb.waiting = waiting;
    this.list = tcb;
    this.table[id] = tcb;
  }

  schedule() {
    this.current = this.list;
    while (this.current !== null) {
      const tcb = this.current;
      if (tcb.blocked) {
        this.current = tcb.link;
        continue;
      }
      const packet = tcb.waiting ? tcb.takePacket() : null;
      this.currentId = tcb.id;
      this.current = tcb.task.run(this, packet);
    }
  }

  wait() {
    this.current.waiting = true;
    return this.current;
  }

  hold() {
    this.holdCount++;
    this.current.held = true;
    return this.current.link;
  }

  release(id) {
    const tcb = this.table[id];
    tcb.held = false;
    return tcb.priority > this.current.priority ? tcb : this.current;
  }

  /** Sends a packet to the task named by its id; the packet then names its sender. */
  queue(packet) {
    const target = this.table[packet.id];
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    if (target.addPacket(packet) && target.priority > this.current.priority) return target;
    return this.current;
  }
}

class IdleTask {
  constructor(count) {
    this.seed = 1;
    this.count = count;
  }

  run(scheduler, packet) {
    if (--this.count === 0) return scheduler.hold();
    if ((this.seed & 1) === 0) {
      this.seed >>= 1;
      return scheduler.release(ID_DEVICE_A);
    }
    this.seed = (this.seed >> 1) ^ 0xd008;
    return scheduler.release(ID_DEVICE_B);
  }
}

class WorkerTask {
  constructor() {
    this.destination = ID_HANDLER_A;
    this.count = 0;
  }

  run(scheduler, packet) {
    if (packet === null) return scheduler.wait();
    this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.id = this.destination;
    packet.a1 = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.count = this.count >= 26 ? 1 : this.count + 1;
      packet.a2[i] = this.count;
    }
    return scheduler.queue(packet);
  }
}

class HandlerTask {
  constructor() {
    this.work = null;
    this.devices = null;
  }

  run(scheduler, packet) {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.work = packet.appendTo(this.work);
      else this.devices = packet.appendTo(this.devices);
    }
    if (this.work !== null) {
      const work = this.work;
      const index = work.a1;
      if (index >= DATA_SIZE) {
        this.work = work.link;
        return scheduler.queue(work);
      }
      if (this.devices !== null) {
        const device = this.devices;
        this.devices = device.link;
        device.a1 = work.a2[index];
        work.a1 = index + 1;
        return scheduler.queue(device);
      }
    }
    return scheduler.wait();
  }
}

class DeviceTask {
  constructor() {
    this.pending = null;
  }

  run(scheduler, packet) {
    if (packet === null) {
      if (this.pending === null) return scheduler.wait();
      const done = this.pending;
      this.pending = null;
      return scheduler.queue(done);
    }
    this.pending = packet;
    scheduler.deviceSum += packet.a1;
    return scheduler.hold();
  }
}

function simulate(idleCount) {
  const scheduler = new Scheduler();
  scheduler.addTask(ID_IDLE, 0, null, new IdleTask(idleCount), false);

  let work = new Packet(null, ID_WORKER, KIND_WORK);
  work = new Packet(work, ID_WORKER, KIND_WORK);
  scheduler.addTask(ID_WORKER, 1000, work, new WorkerTask(), true);

  for (const [id, device, priority] of [[ID_HANDLER_A, ID_DEVICE_A, 2000], [ID_HANDLER_B, ID_DEVICE_B, 3000]]) {
    let queue = null;
    for (let i = 0; i < 3; i++) queue = new Packet(queue, device, KIND_DEVICE);
    scheduler.addTask(id, priority, queue, new HandlerTask(), true);
  }

  scheduler.addTask(ID_DEVICE_A, 4000, null, new DeviceTask(), true);
  scheduler.addTask(ID_DEVICE_B, 5000, null, new DeviceTask(), true);
  scheduler.schedule();
  return scheduler;
}

function run() {
  let checksum = 0;
  for (const count of [1000, 1500, 2000]) {
    const s = simulate(count);
    checksum = (checksum * 31 + s.queueCount * 7 + s.holdCount * 3 + s.deviceSum) % 1000000007;
  }
  return checksum;
}
