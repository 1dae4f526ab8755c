console.log(JSON.stringify('  hi  '.trim()), JSON.stringify('\t\n hi \r\n'.trim()));
console.log(JSON.stringify('\u00a0\ufeffhi\u2028'.trim()));
console.log(JSON.stringify('   '.trim()), JSON.stringify('no-trim'.trim()));
console.log(JSON.stringify(' a b '.trim()));
console.log('\u3000x\u3000'.trim().length, '\u0085x'.trim().length);
