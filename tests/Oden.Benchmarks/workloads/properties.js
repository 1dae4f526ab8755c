// Property-heavy objects: construct points and bodies, read and write their fields in a hot loop.
function Vec(x, y, z) {
  this.x = x;
  this.y = y;
  this.z = z;
}

Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y, this.z + o.z); };
Vec.prototype.dot = function (o) { return this.x * o.x + this.y * o.y + this.z * o.z; };
Vec.prototype.scale = function (k) { return new Vec(this.x * k, this.y * k, this.z * k); };

function run() {
  var bodies = [];
  for (var i = 0; i < 100; i++) {
    bodies.push({ pos: new Vec(i, i * 2, i * 3), vel: new Vec(1, 0.5, 0.25), mass: 1 + (i % 7) });
  }
  var energy = 0;
  for (var step = 0; step < 200; step++) {
    for (var j = 0; j < bodies.length; j++) {
      var b = bodies[j];
      b.pos = b.pos.add(b.vel.scale(0.01));
      b.vel.x = b.vel.x * 0.999;
      energy += 0.5 * b.mass * b.vel.dot(b.vel);
    }
  }
  return Math.round(energy);
}
