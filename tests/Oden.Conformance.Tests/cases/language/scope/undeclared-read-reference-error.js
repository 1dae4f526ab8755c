try {
  console.log(notDeclaredAnywhere);
} catch (e) {
  console.log(e.name, e instanceof ReferenceError);
}
console.log(typeof notDeclaredAnywhere);
try { notDeclaredAnywhere(); } catch (e) { console.log(e.name); }
try { notDeclaredAnywhere.prop; } catch (e) { console.log(e.name); }
