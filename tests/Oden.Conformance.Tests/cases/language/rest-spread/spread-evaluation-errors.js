// An error while spreading stops the call before the callee runs; earlier arguments were evaluated.
const log = [];
function callee() { log.push('called'); }
function arg(name) { log.push(name); return name; }
const bad = { [Symbol.iterator]() { return { next() { throw new RangeError('next'); } }; } };
try { callee(arg('a'), ...bad, arg('never')); } catch (e) { log.push(e.constructor.name); }
console.log(log.join(' '));
log.length = 0;
try { callee(...null); } catch (e) { log.push(e.constructor.name); }
try { [...undefined]; } catch (e) { log.push(e.constructor.name); }
try { new callee(...1); } catch (e) { log.push(e.constructor.name); }
console.log(log.join(' '));
