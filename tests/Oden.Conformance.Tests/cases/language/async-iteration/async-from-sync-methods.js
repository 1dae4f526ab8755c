// the async-from-sync wrapper forwards return() and throw() when for await exits early
const log = [];
const syncIterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { log.push('next'); return { value: i++, done: false }; },
      return(v) { log.push('return'); return { value: v, done: true }; },
    };
  },
};
(async () => {
  for await (const v of syncIterable) { if (v === 1) break; }
  try { for await (const v of syncIterable) { throw new Error('stop'); } } catch (e) { log.push(e.message); }
  console.log(log.join(','));
})();
