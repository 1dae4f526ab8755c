function f() {
  var result = [];
  for (var i = 0; i < 4; i++) {
    try {
      if (i % 2) throw i;
      result.push('even' + i);
    } catch (n) {
      result.push('odd' + n);
      if (n === 3) return result;
    } finally {
      result.push('f' + i);
    }
  }
  return 'not reached';
}
console.log(f().join(','));
