console.log(parseInt('42px'), parseInt('  -17'), parseInt('0x1F'), parseInt('1e3'));
console.log(parseInt(''), parseInt('abc'), parseInt('12', 36), parseInt('z', 36));
console.log(parseInt('101', 2), parseInt('777', 8), parseInt('ff', 16), parseInt('FF', 16));
console.log(parseInt('08'), parseInt('010'), parseInt('0x'), parseInt('-0'));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt('Infinity'));
console.log(parseInt('123', 1), parseInt('123', 37), parseInt('123', 0), parseInt('11', '2'));
console.log(parseInt(' \t\n 9 '), parseInt('+8'), parseInt('3.99'), parseInt('-3.99'));
