// TypeErrors: not async iterable, next() result not an object
(async () => {
  try { for await (const x of 5) {} } catch (e) { console.log('number:', e instanceof TypeError); }
  try { for await (const x of {}) {} } catch (e) { console.log('object:', e instanceof TypeError); }
  const bad = { [Symbol.asyncIterator]() { return { next() { return 42; } }; } };
  try { for await (const x of bad) {} } catch (e) { console.log('non-object result:', e instanceof TypeError); }
  const badPromise = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve('str'); } }; } };
  try { for await (const x of badPromise) {} } catch (e) { console.log('promise of non-object:', e instanceof TypeError); }
  const throwsNext = { [Symbol.asyncIterator]() { return { next() { throw new RangeError('next threw'); }, return() { console.log('not called'); } }; } };
  try { for await (const x of throwsNext) {} } catch (e) { console.log(e.name); }
})();
