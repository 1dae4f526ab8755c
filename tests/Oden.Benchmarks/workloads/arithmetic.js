// Arithmetic loops: a prime sieve count and a fixed-point mandelbrot over a small grid.
function sieve(n) {
  var flags = [];
  for (var i = 0; i <= n; i++) flags.push(true);
  var count = 0;
  for (var p = 2; p <= n; p++) {
    if (flags[p]) {
      count++;
      for (var m = p * p; m <= n; m += p) flags[m] = false;
    }
  }
  return count;
}

function mandelbrot(size) {
  var inside = 0;
  for (var y = 0; y < size; y++) {
    for (var x = 0; x < size; x++) {
      var cr = (2 * x) / size - 1.5, ci = (2 * y) / size - 1;
      var zr = 0, zi = 0, n = 0;
      while (n < 50 && zr * zr + zi * zi < 4) {
        var t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        n++;
      }
      if (n === 50) inside++;
    }
  }
  return inside;
}

function run() {
  return sieve(30000) + mandelbrot(60);
}
