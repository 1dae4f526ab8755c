function name(n) {
  switch (n % 3) {
    case 0: return 'fizz';
    case 1:
    case 2: {
      if (n > 10) return 'big';
      return 'small';
    }
  }
  return 'unreachable';
}
console.log(name(3), name(4), name(11), name(-1));
