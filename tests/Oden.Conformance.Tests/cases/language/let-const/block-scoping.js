let a = 1;
{
  let a = 2;
  {
    let a = 3;
    console.log(a);
  }
  console.log(a);
}
console.log(a);
if (true) { let inIf = 'x'; }
console.log(typeof inIf);
for (let i = 0; i < 1; i++) {}
console.log(typeof i);
