// breaking out of for-of over a delegating generator closes the whole chain
const log = [];
function* leaf() { try { yield 1; yield 2; yield 3; } finally { log.push('leaf closed'); } }
function* middle() { try { yield* leaf(); } finally { log.push('middle closed'); } }
function* top() { try { yield* middle(); } finally { log.push('top closed'); } }
for (const v of top()) { log.push('v' + v); if (v === 2) break; }
console.log(log.join(', '));
const log2 = [];
function* withArray() { try { yield* [1, 2, 3]; } finally { log2.push('array delegate closed'); } }
for (const v of withArray()) { log2.push(v); if (v === 1) break; }
console.log(log2.join(', '));
