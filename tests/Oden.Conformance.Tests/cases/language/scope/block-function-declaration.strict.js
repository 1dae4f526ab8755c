'use strict';
{
  function inBlock() { return 'from block'; }
  console.log(inBlock());
}
console.log(typeof inBlock);
