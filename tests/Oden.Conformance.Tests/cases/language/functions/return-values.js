function noReturn() {}
function emptyReturn() { return; }
function returnsFn() { return function () { return 'inner'; }; }
console.log(noReturn(), emptyReturn());
console.log(returnsFn()());
function early(x) {
  if (x) return 'early';
  console.log('not early');
  return 'late';
}
console.log(early(1), early(0));
