'use strict';
// A small event emitter in the style of node's, written for the web-shop program.
// Listeners are kept per event name (strings or symbols) in registration order; `once`
// wrappers remember the original listener so `off` can find them.

const kWrapped = Symbol('wrapped');
const kErrorMonitor = Symbol('errorMonitor');

class ListenerError extends Error {
  constructor(event, cause) {
    super(`listener for ${String(event)} failed`, { cause });
    this.name = 'ListenerError';
    this.event = event;
  }
}

class EventEmitter {
  static defaultMaxListeners = 10;
  static errorMonitor = kErrorMonitor;

  listeners = new Map();
  maxListeners = EventEmitter.defaultMaxListeners;
  warnings = [];

  on(name, listener) {
    return this._add(name, listener, false);
  }

  addListener(name, listener) {
    return this.on(name, listener);
  }

  prependListener(name, listener) {
    return this._add(name, listener, true);
  }

  once(name, listener) {
    const emitter = this;
    function wrapper(...args) {
      emitter.off(name, wrapper);
      return listener.apply(this, args);
    }
    wrapper[kWrapped] = listener;
    return this.on(name, wrapper);
  }

  off(name, listener) {
    const list = this.listeners.get(name);
    if (!list) return this;
    const index = list.findIndex(l => l === listener || l[kWrapped] === listener);
    if (index >= 0) {
      list.splice(index, 1);
      if (list.length === 0) this.listeners.delete(name);
      this.emit('removeListener', name, listener);
    }
    return this;
  }

  removeAllListeners(name) {
    if (name === undefined) this.listeners.clear();
    else this.listeners.delete(name);
    return this;
  }

  listenerCount(name) {
    return this.listeners.get(name)?.length ?? 0;
  }

  eventNames() {
    return [...this.listeners.keys()];
  }

  rawListeners(name) {
    return [...(this.listeners.get(name) ?? [])];
  }

  emit(name, ...args) {
    if (name === 'error') {
      for (const monitor of this.listeners.get(kErrorMonitor) ?? []) monitor.apply(this, args);
    }
    const list = this.listeners.get(name);
    if (!list || list.length === 0) {
      if (name === 'error') {
        const [err] = args;
        throw err instanceof Error ? err : new ListenerError(name, err);
      }
      return false;
    }
    // Copy first: listeners added or removed while emitting do not change this round.
    for (const listener of [...list]) {
      listener.apply(this, args);
    }
    return true;
  }

  _add(name, listener, prepend) {
    if (typeof listener !== 'function') {
      throw new TypeError('listener must be a function');
    }
    if (this.listeners.has('newListener') && name !== 'newListener') {
      this.emit('newListener', name, listener[kWrapped] ?? listener);
    }
    let list = this.listeners.get(name);
    if (!list) {
      list = [];
      this.listeners.set(name, list);
    }
    if (prepend) list.unshift(listener);
    else list.push(listener);
    if (list.length > this.maxListeners && !this.warnings.includes(name)) {
      this.warnings.push(name);
    }
    return this;
  }
}

// Resolves with the arguments of the next `name` event; rejects on 'error'.
function once(emitter, name) {
  return new Promise((resolve, reject) => {
    const onEvent = (...args) => {
      emitter.off('error', onError);
      resolve(args);
    };
    const onError = err => {
      emitter.off(name, onEvent);
      reject(err);
    };
    emitter.once(name, onEvent);
    if (name !== 'error') emitter.once('error', onError);
  });
}

// An async iterator over `name` events, ending when `endName` is emitted.
async function* on(emitter, name, endName = 'end') {
  const buffered = [];
  let wake = null;
  let ended = false;
  const push = (...args) => {
    buffered.push(args);
    if (wake) { const w = wake; wake = null; w(); }
  };
  const end = () => {
    ended = true;
    if (wake) { const w = wake; wake = null; w(); }
  };
  emitter.on(name, push);
  emitter.once(endName, end);
  try {
    while (true) {
      if (buffered.length > 0) {
        yield buffered.shift();
        continue;
      }
      if (ended) return;
      await new Promise(resolve => { wake = resolve; });
    }
  } finally {
    emitter.off(name, push);
    emitter.off(endName, end);
  }
}

module.exports = { EventEmitter, ListenerError, once, on, errorMonitor: kErrorMonitor };
