// An incremental constraint solver in the shape of the classic "DeltaBlue" benchmark, written here from
// the algorithm's published description (Freeman-Benson, Maloney and Borning): variables and
// constraints with strengths from "required" down to "weakest"; adding a constraint picks a method for
// it and walks its output's dependents, overriding weaker constraints; removing one re-satisfies what it
// had blocked, strongest first. A plan is the ordered list of constraints to re-execute when an input
// changes. Two tests: a long chain of equalities, and a projection of many source/destination pairs
// through one scale and one offset.
class Strength {
  constructor(value, name) {
    this.value = value;
    this.name = name;
  }

  static stronger(a, b) { return a.value < b.value; }
  static weaker(a, b) { return a.value > b.value; }
  static weakest(a, b) { return Strength.weaker(a, b) ? a : b; }
}

const REQUIRED = new Strength(0, 'required');
const STRONG_PREFERRED = new Strength(1, 'strongPreferred');
const PREFERRED = new Strength(2, 'preferred');
const STRONG_DEFAULT = new Strength(3, 'strongDefault');
const NORMAL = new Strength(4, 'normal');
const WEAK_DEFAULT = new Strength(5, 'weakDefault');
const WEAKEST = new Strength(6, 'weakest');
const STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST];

class Variable {
  constructor(name, value = 0) {
    this.name = name;
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
  }

  addConstraint(c) { this.constraints.push(c); }

  removeConstraint(c) {
    this.constraints = this.constraints.filter((other) => other !== c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Constraint {
  constructor(planner, strength) {
    this.planner = planner;
    this.strength = strength;
  }

  /** Adds the constraint to the graph and satisfies it if it can. */
  install() {
    this.addToGraph();
    this.planner.incrementalAdd(this);
    return this;
  }

  destroy() {
    if (this.isSatisfied()) this.planner.incrementalRemove(this);
    else this.removeFromGraph();
  }

  /**
   * Tries to satisfy the constraint with the current mark. Returns the constraint it overrode (now
   * unsatisfied, to be re-satisfied in turn), or null.
   */
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error('could not satisfy a required constraint');
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!this.planner.addPropagate(this, mark)) throw new Error('cycle in the constraint graph');
    out.mark = mark;
    return overridden;
  }

  isInput() { return false; }
}

/** A constraint on one variable: a stay keeps its value, an edit is where new values come in. */
class UnaryConstraint extends Constraint {
  constructor(planner, v, strength) {
    super(planner, strength);
    this.myOutput = v;
    this.satisfied = false;
  }

  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }

  removeFromGraph() {
    this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark && Strength.stronger(this.strength, this.myOutput.walkStrength);
  }

  isSatisfied() { return this.satisfied; }
  markInputs() {}
  inputsKnown() { return true; }
  output() { return this.myOutput; }
  markUnsatisfied() { this.satisfied = false; }

  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }

  execute() {}
}

class StayConstraint extends UnaryConstraint {}

class EditConstraint extends UnaryConstraint {
  isInput() { return true; }
}

const NONE = 0;
const FORWARD = 1;
const BACKWARD = 2;

/** A constraint between two variables that can be satisfied in either direction. */
class BinaryConstraint extends Constraint {
  constructor(planner, v1, v2, strength) {
    super(planner, strength);
    this.v1 = v1;
    this.v2 = v2;
    this.direction = NONE;
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }

  removeFromGraph() {
    this.v1.removeConstraint(this);
    this.v2.removeConstraint(this);
    this.direction = NONE;
  }

  chooseMethod(mark) {
    const { v1, v2 } = this;
    if (v1.mark === mark) {
      this.direction = v2.mark !== mark && Strength.stronger(this.strength, v2.walkStrength) ? FORWARD : NONE;
    } else if (v2.mark === mark) {
      this.direction = v1.mark !== mark && Strength.stronger(this.strength, v1.walkStrength) ? BACKWARD : NONE;
    } else if (Strength.weaker(v1.walkStrength, v2.walkStrength)) {
      // Write the weaker side if the constraint is stronger than what determines it.
      this.direction = Strength.stronger(this.strength, v1.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = Strength.stronger(this.strength, v2.walkStrength) ? FORWARD : NONE;
    }
  }

  isSatisfied() { return this.direction !== NONE; }
  markUnsatisfied() { this.direction = NONE; }
  input() { return this.direction === FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === FORWARD ? this.v2 : this.v1; }
  markInputs(mark) { this.input().mark = mark; }

  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }

  recalculate() {
    const input = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakest(this.strength, input.walkStrength);
    out.stay = input.stay;
    if (out.stay) this.execute();
  }
}

class EqualityConstraint extends BinaryConstraint {
  execute() { this.output().value = this.input().value; }
}

/** dst = src * scale + offset, where scale and offset are variables too (read-only here). */
class ScaleConstraint extends BinaryConstraint {
  constructor(planner, src, scale, offset, dst, strength) {
    super(planner, src, dst, strength);
    this.scale = scale;
    this.offset = offset;
  }

  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }

  removeFromGraph() {
    super.removeFromGraph();
    this.scale.removeConstraint(this);
    this.offset.removeConstraint(this);
  }

  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = this.offset.mark = mark;
  }

  execute() {
    if (this.direction === FORWARD) this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    else this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
  }

  recalculate() {
    const input = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakest(this.strength, input.walkStrength);
    out.stay = input.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class Plan {
  constructor() { this.constraints = []; }
  add(c) { this.constraints.push(c); }
  execute() { for (const c of this.constraints) c.execute(); }
}

class Planner {
  constructor() { this.currentMark = 0; }

  newMark() { return ++this.currentMark; }

  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }

  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    for (const strength of STRENGTHS) {
      for (const u of unsatisfied) if (u.strength === strength) this.incrementalAdd(u);
    }
  }

  /** Recomputes walk strengths downstream of c; false (and c is removed again) on a cycle. */
  addPropagate(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = todo.pop();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = [out];
    while (todo.length > 0) {
      const v = todo.pop();
      for (const c of v.constraints) if (!c.isSatisfied()) unsatisfied.push(c);
      const determining = v.determinedBy;
      for (const next of v.constraints) {
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }

  addConstraintsConsumingTo(v, into) {
    const determining = v.determinedBy;
    for (const c of v.constraints) if (c !== determining && c.isSatisfied()) into.push(c);
  }

  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = [...sources];
    while (todo.length > 0) {
      const c = todo.pop();
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.add(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }

  extractPlanFromConstraints(constraints) {
    return this.makePlan(constraints.filter((c) => c.isInput() && c.isSatisfied()));
  }
}

function check(condition, what) {
  if (!condition) throw new Error(`deltablue: ${what}`);
}

function chainTest(n) {
  const planner = new Planner();
  const vars = Array.from({ length: n + 1 }, (_, i) => new Variable(`v${i}`));
  for (let i = 0; i < n; i++) new EqualityConstraint(planner, vars[i], vars[i + 1], REQUIRED).install();
  const first = vars[0];
  const last = vars[n];
  new StayConstraint(planner, last, STRONG_DEFAULT).install();
  const edit = new EditConstraint(planner, first, PREFERRED).install();
  const plan = planner.extractPlanFromConstraints([edit]);
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    check(last.value === i, 'chain');
    sum += last.value;
  }
  edit.destroy();
  return sum + plan.constraints.length;
}

function change(planner, v, value) {
  const edit = new EditConstraint(planner, v, PREFERRED).install();
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = value;
    plan.execute();
  }
  edit.destroy();
}

function projectionTest(n) {
  const planner = new Planner();
  const scale = new Variable('scale', 10);
  const offset = new Variable('offset', 1000);
  const dests = [];
  let src = null;
  let dst = null;
  for (let i = 0; i < n; i++) {
    src = new Variable(`src${i}`, i);
    dst = new Variable(`dst${i}`, i);
    dests.push(dst);
    new StayConstraint(planner, src, NORMAL).install();
    new ScaleConstraint(planner, src, scale, offset, dst, REQUIRED).install();
  }
  change(planner, src, 17);
  check(dst.value === 1170, 'projection 1');
  change(planner, dst, 1050);
  check(src.value === 5, 'projection 2');
  change(planner, scale, 5);
  // The last pair's source was edited to 5 above; every other destination follows its own index.
  dests.forEach((d, i) => check(d.value === (i === n - 1 ? 5 : i) * 5 + 1000, 'projection 3'));
  change(planner, offset, 2000);
  dests.forEach((d, i) => check(d.value === (i === n - 1 ? 5 : i) * 5 + 2000, 'projection 4'));
  return dests.reduce((total, d) => total + d.value, 0);
}

function run() {
  let checksum = 0;
  for (let round = 0; round < 2; round++) {
    checksum += chainTest(100);
    checksum += projectionTest(100);
  }
  return checksum;
}
