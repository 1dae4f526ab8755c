var re = /(\d{4})-(\d{2})-(\d{2})/;
var m = re.exec('Date: 2024-03-15!');
console.log(JSON.stringify(m), m.index, m.input, m.length);
console.log(re.exec('no date'));
var opt = /a(b)?(c)/.exec('xac');
console.log(JSON.stringify(opt), opt[1], opt.index);
