const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
console.log(c);
try { c++; } catch (e) { console.log('++', e.name); }
try { c += 1; } catch (e) { console.log('+=', e.name); }
console.log(c);
