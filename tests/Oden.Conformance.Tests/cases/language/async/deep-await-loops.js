// deep await inside loops with try/finally
async function f() {
  let total = 0;
  const trail = [];
  for (let i = 0; i < 4; i++) {
    try {
      for (let j = 0; j < 3; j++) {
        try {
          total += await (i * 10 + j);
          if (j === 1 && i % 2) continue;
          trail.push(i + ':' + j);
        } finally {
          await null;
          total++;
        }
      }
      if (i === 2) throw new Error('at ' + i);
    } catch (e) {
      trail.push('caught ' + e.message);
    } finally {
      trail.push('end ' + i);
    }
  }
  return total + ' ' + trail.join(' ');
}
f().then(console.log);
