function find(arr, x) {
  for (var i = 0; i < arr.length; i++) {
    if (arr[i] === x) return i;
  }
  return -1;
}
console.log(find([4, 5, 6], 5), find([4, 5, 6], 7));
function nested() {
  while (true) {
    do {
      for (;;) { return 'deep'; }
    } while (false);
  }
}
console.log(nested());
