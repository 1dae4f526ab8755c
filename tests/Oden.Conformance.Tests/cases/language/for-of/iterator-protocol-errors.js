try {
  for (var x of {}) {}
} catch (e) {
  console.log('plain object:', e.name);
}
try {
  for (var y of 5) {}
} catch (e) {
  console.log('number:', e.name);
}
var bad = {};
bad[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
try {
  for (var z of bad) {}
} catch (e) {
  console.log('non-object result:', e.name);
}
