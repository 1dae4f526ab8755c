let log = [];
{
  const getter = () => later;
  try { getter(); } catch (e) { log.push(e.name); }
  const later = 42;
  log.push(getter());
}
console.log(log.join(','));
