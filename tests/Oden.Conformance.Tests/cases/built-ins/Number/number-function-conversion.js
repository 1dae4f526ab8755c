console.log(Number('42'), Number(''), Number(' '), Number('4 2'), Number('42abc'));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number([42]), Number(['1', '2']));
console.log(Number('0x11'), Number('0b11'), Number('0o11'), Number('011'), Number('-0x11'));
console.log(Number('Infinity'), Number('-Infinity'), Number('infinity'), Number('1e-5'));
console.log(Number(), typeof Number('1'), typeof new Number('1'));
console.log(Number('\u00a0 7 \n'), Number('.'), Number('e5'), Number('5e'));
