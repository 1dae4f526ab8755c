// json() rejects with SyntaxError for invalid JSON, including an empty body.
const cases = ['', ' ', '{', '[1,]', 'undefined', '"ok"', '  [1, {"a": true}]  ', '\ufeff{"bom": 1}'];
let chain = Promise.resolve();
cases.forEach(c => {
  chain = chain.then(() => new Response(c).json()).then(v => console.log(JSON.stringify(c), 'ok', JSON.stringify(v)), e => console.log(JSON.stringify(c), e.constructor.name));
});
