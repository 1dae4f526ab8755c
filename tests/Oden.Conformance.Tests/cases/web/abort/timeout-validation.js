// AbortSignal.timeout validates its delay synchronously and returns a signal not yet aborted.
const s = AbortSignal.timeout(100000);
console.log(s.aborted, s instanceof AbortSignal, s.reason);
for (const bad of [-1, NaN, Infinity, 'abc', 1.5, 4294967296, null]) {
  try { AbortSignal.timeout(bad); console.log(String(bad), 'ok'); } catch (e) { console.log(String(bad), e.constructor.name); }
}
console.log(AbortSignal.timeout(0).aborted, AbortSignal.timeout(2147483647).aborted);
