function sloppy() { return this === undefined; }
function strict() { 'use strict'; return this === undefined; }
console.log(sloppy(), strict());
function outerStrict() {
  'use strict';
  return (function () { return this; })();
}
console.log(outerStrict());
function notDirective() { var x = 1; 'use strict'; return this === undefined; }
console.log(notDirective());
