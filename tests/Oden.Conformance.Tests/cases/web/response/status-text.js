// statusText must match the reason-phrase production; it is a ByteString.
const texts = ['OK', 'Not Found', '', 'tab\there', 'caf\u00e9', 'with\nnewline', 'cr\r', '\u0100', 'quote"s and (parens)', '\u007f'];
for (const t of texts) {
  try { console.log(JSON.stringify(t), JSON.stringify(new Response(null, { statusText: t }).statusText)); } catch (e) { console.log(JSON.stringify(t), e.constructor.name); }
}
console.log(new Response(null, { status: 404 }).statusText === '');
