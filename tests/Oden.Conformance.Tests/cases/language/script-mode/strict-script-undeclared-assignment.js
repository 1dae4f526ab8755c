// mode: script
'use strict';
try {
  undeclaredInStrictScript = 1;
  console.log('assigned');
} catch (e) {
  console.log(e.name);
}
console.log(typeof undeclaredInStrictScript);
console.log(this.undeclaredInStrictScript);
