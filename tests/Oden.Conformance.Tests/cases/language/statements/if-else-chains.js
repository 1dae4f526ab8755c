function classify(n) {
  if (n < 0) return 'negative';
  else if (n === 0) return 'zero';
  else if (n < 10) return 'small';
  else return 'large';
}
console.log(classify(-5), classify(0), classify(3), classify(100));
if (0) console.log('no'); else console.log('else branch');
if ('') { console.log('no'); }
if ('0') { console.log('string zero is truthy'); }
var x = 1;
if (x) if (x > 5) console.log('big'); else console.log('dangling else binds inner');
