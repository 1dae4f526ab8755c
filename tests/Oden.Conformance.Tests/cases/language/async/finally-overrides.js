// a finally block overrides the completion of its try, across awaits
async function returnOverridesThrow() { try { await null; throw new Error('lost'); } finally { return 'from finally'; } }
async function throwOverridesReturn() { try { return 'lost'; } finally { await null; throw new Error('from finally'); } }
async function finallyAwaitKeepsReturn() { try { return 'kept'; } finally { await null; console.log('finally ran'); } }
async function loopBreak() { for (let i = 0; i < 5; i++) { try { await null; if (i === 2) return 'never'; } finally { if (i === 2) break; } } return 'after loop'; }
(async () => {
  console.log(await returnOverridesThrow());
  try { await throwOverridesReturn(); } catch (e) { console.log(e.message); }
  console.log(await finallyAwaitKeepsReturn());
  console.log(await loopBreak());
})();
