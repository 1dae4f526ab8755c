var r;
{
  function inBlock() { return 'from block'; }
  r = inBlock();
}
console.log(r);
console.log(typeof inBlock);
