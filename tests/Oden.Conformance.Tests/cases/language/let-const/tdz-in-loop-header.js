try {
  for (let i = i; i < 1; i++) {}
} catch (e) {
  console.log('for:', e.name);
}
try {
  for (let k of [k]) {}
} catch (e) {
  console.log('for-of:', e.name);
}
try {
  for (let k2 in { a: k2 }) {}
} catch (e) {
  console.log('for-in:', e.name);
}
