// A fluid-dynamics grid in the shape of the classic "NavierStokes" benchmark, written here from Jos
// Stam's "Real-Time Fluid Dynamics for Games" method: density and velocity on an (N+2)² grid of
// Float64Arrays, each step adds sources, diffuses (Gauss–Seidel relaxation), advects backwards along the
// velocity, and projects the velocity to be mass-conserving. Deterministic: only + - * / and floor.
class FluidField {
  constructor(size, { dt = 0.1, diffusion = 0.0001, viscosity = 0.0001, iterations = 10 } = {}) {
    this.n = size;
    this.rowSize = size + 2;
    this.dt = dt;
    this.diffusion = diffusion;
    this.viscosity = viscosity;
    this.iterations = iterations;
    const cells = this.rowSize * this.rowSize;
    this.density = new Float64Array(cells);
    this.densityPrev = new Float64Array(cells);
    this.u = new Float64Array(cells);
    this.v = new Float64Array(cells);
    this.uPrev = new Float64Array(cells);
    this.vPrev = new Float64Array(cells);
  }

  index(i, j) { return i + j * this.rowSize; }

  addSource(x, source) {
    const dt = this.dt;
    for (let i = 0; i < x.length; i++) x[i] += dt * source[i];
  }

  /** Boundary cells mirror their neighbours; b = 1 / 2 negates the horizontal / vertical velocity. */
  setBoundary(b, x) {
    const n = this.n;
    const row = this.rowSize;
    for (let i = 1; i <= n; i++) {
      x[i] = b === 2 ? -x[i + row] : x[i + row];
      x[i + (n + 1) * row] = b === 2 ? -x[i + n * row] : x[i + n * row];
      x[i * row] = b === 1 ? -x[1 + i * row] : x[1 + i * row];
      x[n + 1 + i * row] = b === 1 ? -x[n + i * row] : x[n + i * row];
    }
    const last = (n + 1) * row;
    x[0] = 0.5 * (x[1] + x[row]);
    x[last] = 0.5 * (x[1 + last] + x[n * row]);
    x[n + 1] = 0.5 * (x[n] + x[n + 1 + row]);
    x[n + 1 + last] = 0.5 * (x[n + last] + x[n + 1 + n * row]);
  }

  linearSolve(b, x, x0, a, c) {
    const n = this.n;
    const row = this.rowSize;
    const inverse = 1 / c;
    for (let k = 0; k < this.iterations; k++) {
      for (let j = 1; j <= n; j++) {
        let at = j * row + 1;
        for (let i = 1; i <= n; i++, at++) {
          x[at] = (x0[at] + a * (x[at - 1] + x[at + 1] + x[at - row] + x[at + row])) * inverse;
        }
      }
      this.setBoundary(b, x);
    }
  }

  diffuse(b, x, x0, rate) {
    const a = this.dt * rate * this.n * this.n;
    this.linearSolve(b, x, x0, a, 1 + 4 * a);
  }

  advect(b, d, d0, u, v) {
    const n = this.n;
    const row = this.rowSize;
    const dt0 = this.dt * n;
    const clamp = (value) => Math.min(n + 0.5, Math.max(0.5, value));
    for (let j = 1; j <= n; j++) {
      for (let i = 1; i <= n; i++) {
        const at = i + j * row;
        const x = clamp(i - dt0 * u[at]);
        const y = clamp(j - dt0 * v[at]);
        const i0 = Math.floor(x);
        const j0 = Math.floor(y);
        const s1 = x - i0;
        const s0 = 1 - s1;
        const t1 = y - j0;
        const t0 = 1 - t1;
        const base = i0 + j0 * row;
        d[at] = s0 * (t0 * d0[base] + t1 * d0[base + row]) + s1 * (t0 * d0[base + 1] + t1 * d0[base + 1 + row]);
      }
    }
    this.setBoundary(b, d);
  }

  /** Makes the velocity field divergence-free (Hodge decomposition through a Poisson solve). */
  project(u, v, p, div) {
    const n = this.n;
    const row = this.rowSize;
    const h = -0.5 / n;
    for (let j = 1; j <= n; j++) {
      for (let i = 1; i <= n; i++) {
        const at = i + j * row;
        div[at] = h * (u[at + 1] - u[at - 1] + v[at + row] - v[at - row]);
        p[at] = 0;
      }
    }
    this.setBoundary(0, div);
    this.setBoundary(0, p);
    this.linearSolve(0, p, div, 1, 4);
    const scale = 0.5 * n;
    for (let j = 1; j <= n; j++) {
      for (let i = 1; i <= n; i++) {
        const at = i + j * row;
        u[at] -= scale * (p[at + 1] - p[at - 1]);
        v[at] -= scale * (p[at + row] - p[at - row]);
      }
    }
    this.setBoundary(1, u);
    this.setBoundary(2, v);
  }

  velocityStep() {
    const { u, v, uPrev, vPrev } = this;
    this.addSource(u, uPrev);
    this.addSource(v, vPrev);
    this.diffuse(1, uPrev, u, this.viscosity);
    this.diffuse(2, vPrev, v, this.viscosity);
    this.project(uPrev, vPrev, u, v);
    this.advect(1, u, uPrev, uPrev, vPrev);
    this.advect(2, v, vPrev, uPrev, vPrev);
    this.project(u, v, uPrev, vPrev);
  }

  densityStep() {
    const { density, densityPrev, u, v } = this;
    this.addSource(density, densityPrev);
    this.diffuse(0, densityPrev, density, this.diffusion);
    this.advect(0, density, densityPrev, u, v);
  }

  /** One frame: the caller's input fills the "previous" arrays with sources and forces first. */
  step(input) {
    for (const a of [this.densityPrev, this.uPrev, this.vPrev]) a.fill(0);
    input(this);
    this.velocityStep();
    this.densityStep();
  }
}

function run() {
  const field = new FluidField(32);
  let frame = 0;
  // A dense plume rising from the bottom middle, pushed sideways by a force that swings each frame.
  const input = (f) => {
    const middle = f.n >> 1;
    for (let i = middle - 3; i <= middle + 3; i++) {
      const at = f.index(i, f.n - 2);
      f.densityPrev[at] = 50;
      f.vPrev[at] = -20;
      f.uPrev[at] = frame % 8 < 4 ? 6 : -6;
    }
  };
  for (; frame < 4; frame++) field.step(input);
  let checksum = 0;
  for (let j = 1; j <= field.n; j++) {
    for (let i = 1; i <= field.n; i++) {
      const at = field.index(i, j);
      checksum = (checksum * 31 + Math.floor(field.density[at] * 1000) + Math.floor(Math.abs(field.u[at]) * 1000)) % 1000000007;
    }
  }
  return checksum;
}
