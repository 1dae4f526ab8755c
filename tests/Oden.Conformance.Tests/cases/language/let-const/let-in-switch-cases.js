function f(n) {
  switch (n) {
    case 1: {
      let msg = 'one';
      return msg;
    }
    case 2: {
      let msg = 'two';
      return msg;
    }
  }
  return 'other';
}
console.log(f(1), f(2), f(3));
