var bad = ['', '{', '{a:1}', "{'a':1}", '[1,]', '{"a":1,}', '01', '1.', '.5', 'NaN', 'undefined', '"\t"', '"\\x41"', '+1', '[1 2]', 'tru', '"unterminated', '{"a" 1}', '0x10'];
bad.forEach(function (s) {
  try {
    JSON.parse(s);
    console.log(JSON.stringify(s), 'parsed?!');
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e instanceof SyntaxError);
  }
});
