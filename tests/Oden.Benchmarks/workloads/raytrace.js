// A small ray tracer: vectors, a camera, spheres and a checkered plane with materials, point lights
// with shadows, diffuse and specular shading, and recursive reflections, rendered into a 40×30 image.
// Only +, -, *, / and Math.sqrt/floor/min/max on doubles, so every engine computes the same pixels; the
// checksum folds the 8-bit pixel values.
class Vec {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  add(o) { return new Vec(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
  mul(o) { return new Vec(this.x * o.x, this.y * o.y, this.z * o.z); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  cross(o) { return new Vec(this.y * o.z - this.z * o.y, this.z * o.x - this.x * o.z, this.x * o.y - this.y * o.x); }
  get length() { return Math.sqrt(this.dot(this)); }
  normalize() { return this.scale(1 / this.length); }
  reflect(normal) { return this.sub(normal.scale(2 * this.dot(normal))); }
}

const BLACK = new Vec(0, 0, 0);
const WHITE = new Vec(1, 1, 1);
const EPSILON = 1e-6;
const MAX_DEPTH = 3;

class Ray {
  constructor(origin, direction) {
    this.origin = origin;
    this.direction = direction;
  }

  at(t) { return this.origin.add(this.direction.scale(t)); }
}

class Material {
  constructor({ color, diffuse = 0.8, specular = 0.2, shininess = 16, reflection = 0 }) {
    Object.assign(this, { color, diffuse, specular, shininess, reflection });
  }

  colorAt() { return this.color; }
}

class Checker extends Material {
  constructor(options, other) {
    super(options);
    this.other = other;
  }

  colorAt(point) {
    return ((Math.floor(point.x) + Math.floor(point.z)) & 1) === 0 ? this.color : this.other;
  }
}

class Sphere {
  constructor(center, radius, material) {
    this.center = center;
    this.radius2 = radius * radius;
    this.material = material;
  }

  /** The distance along the ray to the nearest hit in front of its origin, or Infinity. */
  intersect(ray) {
    const oc = this.center.sub(ray.origin);
    const b = oc.dot(ray.direction);
    const det = b * b - oc.dot(oc) + this.radius2;
    if (det < 0) return Infinity;
    const root = Math.sqrt(det);
    if (b - root > EPSILON) return b - root;
    if (b + root > EPSILON) return b + root;
    return Infinity;
  }

  normalAt(point) { return point.sub(this.center).normalize(); }
}

class Plane {
  constructor(normal, offset, material) {
    this.normal = normal.normalize();
    this.offset = offset;
    this.material = material;
  }

  intersect(ray) {
    const denom = this.normal.dot(ray.direction);
    if (Math.abs(denom) < EPSILON) return Infinity;
    const t = -(this.normal.dot(ray.origin) + this.offset) / denom;
    return t > EPSILON ? t : Infinity;
  }

  normalAt() { return this.normal; }
}

class Light {
  constructor(position, color) {
    this.position = position;
    this.color = color;
  }
}

class Camera {
  constructor(position, lookAt, width, height) {
    this.position = position;
    this.forward = lookAt.sub(position).normalize();
    this.right = this.forward.cross(new Vec(0, 1, 0)).normalize().scale(1.5);
    this.up = this.right.cross(this.forward).normalize().scale(1.5 * height / width);
    this.width = width;
    this.height = height;
  }

  rayFor(px, py) {
    const sx = (px + 0.5) / this.width - 0.5;
    const sy = 0.5 - (py + 0.5) / this.height;
    const direction = this.forward.add(this.right.scale(sx)).add(this.up.scale(sy)).normalize();
    return new Ray(this.position, direction);
  }
}

/** x to an integer power by squaring (Math.pow may round differently between engines). */
function powi(x, n) {
  let result = 1;
  while (n > 0) {
    if (n & 1) result *= x;
    x *= x;
    n >>= 1;
  }
  return result;
}

class Scene {
  constructor(objects, lights, ambient) {
    this.objects = objects;
    this.lights = lights;
    this.ambient = ambient;
  }

  nearest(ray) {
    let best = null;
    let bestT = Infinity;
    for (const object of this.objects) {
      const t = object.intersect(ray);
      if (t < bestT) {
        bestT = t;
        best = object;
      }
    }
    return best === null ? null : { object: best, t: bestT };
  }

  inShadow(point, light) {
    const toLight = light.position.sub(point);
    const distance = toLight.length;
    const ray = new Ray(point, toLight.scale(1 / distance));
    return this.objects.some((object) => object.intersect(ray) < distance);
  }

  trace(ray, depth) {
    const hit = this.nearest(ray);
    if (hit === null) return BLACK;
    const { object, t } = hit;
    const point = ray.at(t);
    const normal = object.normalAt(point);
    const material = object.material;
    const base = material.colorAt(point);
    let color = base.mul(this.ambient);
    for (const light of this.lights) {
      if (this.inShadow(point, light)) continue;
      const toLight = light.position.sub(point).normalize();
      const lambert = Math.max(0, normal.dot(toLight));
      color = color.add(base.mul(light.color).scale(lambert * material.diffuse));
      const highlight = Math.max(0, toLight.reflect(normal).dot(ray.direction));
      if (highlight > 0) color = color.add(light.color.scale(material.specular * powi(highlight, material.shininess)));
    }
    if (material.reflection > 0 && depth < MAX_DEPTH) {
      const reflected = new Ray(point, ray.direction.reflect(normal));
      color = color.add(this.trace(reflected, depth + 1).scale(material.reflection));
    }
    return color;
  }
}

function buildScene() {
  const red = new Material({ color: new Vec(0.9, 0.2, 0.2), reflection: 0.3, shininess: 32 });
  const mirror = new Material({ color: new Vec(0.8, 0.8, 0.9), diffuse: 0.3, specular: 0.6, shininess: 64, reflection: 0.6 });
  const green = new Material({ color: new Vec(0.2, 0.8, 0.3), specular: 0.4 });
  const floor = new Checker({ color: WHITE, diffuse: 0.7, specular: 0, reflection: 0.2 }, new Vec(0.1, 0.1, 0.1));
  const objects = [
    new Sphere(new Vec(-1.2, 1, 0), 1, red),
    new Sphere(new Vec(1.2, 1.2, 0.6), 1.2, mirror),
    new Sphere(new Vec(0, 0.5, -1.6), 0.5, green),
    new Plane(new Vec(0, 1, 0), 0, floor),
  ];
  const lights = [
    new Light(new Vec(-4, 6, -5), new Vec(0.8, 0.8, 0.8)),
    new Light(new Vec(3, 4, -6), new Vec(0.4, 0.4, 0.5)),
  ];
  return new Scene(objects, lights, new Vec(0.1, 0.1, 0.1));
}

function render(scene, camera) {
  const pixels = new Uint8Array(camera.width * camera.height * 3);
  const toByte = (c) => Math.floor(Math.min(1, Math.max(0, c)) * 255);
  let i = 0;
  for (let y = 0; y < camera.height; y++) {
    for (let x = 0; x < camera.width; x++) {
      const color = scene.trace(camera.rayFor(x, y), 0);
      pixels[i++] = toByte(color.x);
      pixels[i++] = toByte(color.y);
      pixels[i++] = toByte(color.z);
    }
  }
  return pixels;
}

function run() {
  const scene = buildScene();
  const camera = new Camera(new Vec(0, 2, -7), new Vec(0, 1, 0), 40, 30);
  const pixels = render(scene, camera);
  let checksum = 0;
  for (let i = 0; i < pixels.length; i++) checksum = (checksum * 31 + pixels[i]) % 1000000007;
  return checksum;
}
