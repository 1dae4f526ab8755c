// Raw strings normalize CR and CRLF line terminators to LF; cooked ones too.
function show(s) { return JSON.stringify({ cooked: s[0], raw: s.raw[0] }); }
console.log(show`a
b`);
console.log(show`cd`);
console.log(show`e\
f`);
console.log(show`g\r\nh`);
console.log(String.raw`x
y`.length);
