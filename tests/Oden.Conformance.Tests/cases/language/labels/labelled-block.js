var log = [];
block: {
  log.push('a');
  if (log.length) break block;
  log.push('never');
}
log.push('after');
console.log(log.join(','));
outer: {
  inner: {
    break outer;
  }
  console.log('skipped');
}
console.log('end');
