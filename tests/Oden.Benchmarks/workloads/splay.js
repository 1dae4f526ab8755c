// A splay tree under churn in the shape of the classic "Splay" benchmark, written here from Sleator and
// Tarjan's top-down splaying: every insert, find and remove splays the key to the root. Each node
// carries a freshly built payload (a small object tree with an array and a string), so the workload
// allocates heavily and keeps tens of thousands of objects alive between operations.
class SplayNode {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
  }
}

class SplayTree {
  constructor() {
    this.root = null;
    this.size = 0;
  }

  isEmpty() { return this.root === null; }

  /**
   * Top-down splay: walks from the root towards the key, hanging the nodes passed on the left of the
   * key into a "left" tree and those on the right into a "right" tree, rotating on zig-zig steps, then
   * reassembles them under the last node reached, which becomes the root.
   */
  splay(key) {
    if (this.root === null) return;
    const header = new SplayNode(null, null);
    let left = header;
    let right = header;
    let current = this.root;
    for (;;) {
      if (key < current.key) {
        if (current.left === null) break;
        if (key < current.left.key) {
          const child = current.left;
          current.left = child.right;
          child.right = current;
          current = child;
          if (current.left === null) break;
        }
        right.left = current;
        right = current;
        current = current.left;
      } else if (key > current.key) {
        if (current.right === null) break;
        if (key > current.right.key) {
          const child = current.right;
          current.right = child.left;
          child.left = current;
          current = child;
          if (current.right === null) break;
        }
        left.right = current;
        left = current;
        current = current.right;
      } else {
        break;
      }
    }
    left.right = current.left;
    right.left = current.right;
    current.left = header.right;
    current.right = header.left;
    this.root = current;
  }

  insert(key, value) {
    if (this.root === null) {
      this.root = new SplayNode(key, value);
      this.size++;
      return;
    }
    this.splay(key);
    if (this.root.key === key) return;
    const node = new SplayNode(key, value);
    if (key > this.root.key) {
      node.left = this.root;
      node.right = this.root.right;
      this.root.right = null;
    } else {
      node.right = this.root;
      node.left = this.root.left;
      this.root.left = null;
    }
    this.root = node;
    this.size++;
  }

  find(key) {
    if (this.root === null) return null;
    this.splay(key);
    return this.root.key === key ? this.root : null;
  }

  remove(key) {
    if (this.root === null) throw new Error(`key not found: ${key}`);
    this.splay(key);
    if (this.root.key !== key) throw new Error(`key not found: ${key}`);
    const removed = this.root;
    if (this.root.left === null) {
      this.root = this.root.right;
    } else {
      const right = this.root.right;
      this.root = this.root.left;
      // The largest key of the left subtree splays to its root, which then has no right child.
      this.splay(key);
      this.root.right = right;
    }
    this.size--;
    return removed;
  }

  findMax(start = this.root) {
    if (start === null) return null;
    let current = start;
    while (current.right !== null) current = current.right;
    return current;
  }

  /** The greatest key smaller than the given one, or null. */
  findGreatestLessThan(key) {
    if (this.root === null) return null;
    this.splay(key);
    if (this.root.key < key) return this.root;
    return this.root.left !== null ? this.findMax(this.root.left) : null;
  }

  *keys() {
    const stack = [];
    let node = this.root;
    while (stack.length > 0 || node !== null) {
      if (node !== null) {
        stack.push(node);
        node = node.left;
      } else {
        node = stack.pop();
        yield node.key;
        node = node.right;
      }
    }
  }
}

class Random {
  constructor(seed) { this.state = seed; }

  next() {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 4294967296;
  }
}

function payload(depth, key) {
  if (depth === 0) return { array: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], label: `String for key ${key} in leaf node` };
  return { left: payload(depth - 1, key), right: payload(depth - 1, key) };
}

const TREE_SIZE = 1000;
const MODIFICATIONS = 300;
const PAYLOAD_DEPTH = 3;

function insertNewNode(tree, random) {
  let key;
  do {
    key = random.next();
  } while (tree.find(key) !== null);
  tree.insert(key, payload(PAYLOAD_DEPTH, key));
  return key;
}

function run() {
  const random = new Random(49734321);
  const tree = new SplayTree();
  for (let i = 0; i < TREE_SIZE; i++) insertNewNode(tree, random);
  let checksum = 0;
  for (let i = 0; i < MODIFICATIONS; i++) {
    const key = insertNewNode(tree, random);
    const greatest = tree.findGreatestLessThan(key);
    const victim = greatest === null ? key : greatest.key;
    const removed = tree.remove(victim);
    const leaves = removed.value.left.right.left.array.length + removed.value.right.left.right.label.length;
    checksum = (checksum * 31 + Math.floor(removed.key * 1000000) + leaves) % 1000000007;
  }
  let previous = -1;
  let count = 0;
  for (const key of tree.keys()) {
    if (key <= previous) throw new Error('splay: keys out of order');
    previous = key;
    count++;
  }
  if (count !== tree.size) throw new Error('splay: size mismatch');
  return (checksum * 10007 + count) % 1000000007;
}
