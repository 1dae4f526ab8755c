// OrderedHashTable: the [[MapData]] / [[SetData]] of Map and Set — an insertion-ordered hash table keyed by
// SameValueZero, with cursors that stay valid however the table changes.
//
// Invariants:
// - Entries live in insertion order in _keys/_values[0.._used). A deleted entry becomes a tombstone
//   (its key is JsValue.Hole, which no JS value equals) and stays in its hash chain until the next rebuild.
// - Keys are canonical: -0 is stored as +0, ropes are flattened. SameValueZero is then "same number (NaN
//   equal to NaN)", "same string by value", or "same reference" (objects, symbols, booleans, null, undefined).
// - A rebuild (growth, compaction after many deletes, clear) renumbers entries. Cursors never hold a
//   table index alone: they hold the Generation that index belongs to. Each rebuild closes the current
//   generation with what a cursor needs to translate its index (the sorted list of tombstones that were
//   dropped, or "cleared") and links it to the next one, so a cursor catches up lazily, in the manner of
//   V8's obsolete-table chain. Nothing registers cursors, so an abandoned iterator costs nothing.
// - These are exactly the spec's List semantics: entries deleted before a cursor reaches them are
//   skipped, entries appended during iteration are visited, and after clear() a cursor continues with
//   whatever is added later (the spec's list keeps its emptied records; we renumber from 0 instead).
using System.Runtime.CompilerServices;

namespace Oden.Runtime.Builtins;

internal sealed class OrderedHashTable
{
    private const int MinCapacity = 8;

    private readonly bool _hasValues;
    private JsValue[] _keys;
    private JsValue[]? _values;
    private int[] _buckets;   // 1-based entry index of the chain head; 0 = empty
    private int[] _next;      // 1-based next entry in the chain; 0 = end
    private int _used;        // entries in use, tombstones included
    private int _count;       // live entries
    private Generation _generation = new();

    public OrderedHashTable(bool hasValues)
    {
        _hasValues = hasValues;
        Allocate(MinCapacity, out _keys, out _values, out _buckets, out _next);
    }

    /// <summary>The number of live entries (Map.prototype.size).</summary>
    public int Count => _count;

    /// <summary>One numbering of the entries. A rebuild closes it and links it to the next.</summary>
    internal sealed class Generation
    {
        public Generation? Next;
        public int[]? Removed;   // sorted indices of the tombstones the rebuild dropped
        public bool Cleared;     // the rebuild was clear(): every index maps to 0
    }

    /// <summary>A position in the table: the next index to look at, in the numbering of Generation.</summary>
    internal struct Cursor
    {
        internal Generation? Generation;
        internal int Index;
    }

    private void Allocate(int capacity, out JsValue[] keys, out JsValue[]? values, out int[] buckets, out int[] next)
    {
        keys = new JsValue[capacity];
        values = _hasValues ? new JsValue[capacity] : null;
        buckets = new int[capacity];
        next = new int[capacity];
    }

    // ------------------------------------------------------------------------------------------------
    // Keys: canonicalisation, hashing and SameValueZero.
    // ------------------------------------------------------------------------------------------------

    /// <summary>CanonicalizeKeyedCollectionKey (-0 → +0), plus flattening ropes so keys compare as strings.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-canonicalizekeyedcollectionkey"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Canonicalize(JsValue key)
    {
        if (key.IsNumber) return key._num == 0 ? JsValue.Zero : key;
        if (key._ref is JsRope rope) return rope.Flatten();
        return key;
    }

    private static int Hash(in JsValue key)
    {
        object? r = key._ref;
        int h;
        if (ReferenceEquals(r, JsValue.NumberTag))
        {
            double d = key._num;
            long bits = double.IsNaN(d) ? 0x7FF8000000000000L : BitConverter.DoubleToInt64Bits(d);
            h = (int)bits ^ (int)(bits >> 32);
        }
        else if (r is string s)
        {
            h = string.GetHashCode(s, StringComparison.Ordinal);
        }
        else if (r is JsBigInt big)
        {
            h = big.GetHashCode();
        }
        else
        {
            h = r is null ? 0 : RuntimeHelpers.GetHashCode(r);
        }

        // Murmur3's finaliser: doubles holding small integers differ only in their high bits.
        uint x = (uint)h;
        x ^= x >> 16;
        x *= 0x85EBCA6B;
        x ^= x >> 13;
        x *= 0xC2B2AE35;
        x ^= x >> 16;
        return (int)(x & 0x7FFFFFFF);
    }

    /// <summary>SameValueZero for a canonical stored key and a canonical probe.</summary>
    private static bool KeysEqual(in JsValue stored, in JsValue probe)
    {
        object? a = stored._ref, b = probe._ref;
        if (ReferenceEquals(a, JsValue.NumberTag))
        {
            return ReferenceEquals(b, JsValue.NumberTag)
                && (stored._num == probe._num || (double.IsNaN(stored._num) && double.IsNaN(probe._num)));
        }

        if (ReferenceEquals(a, b)) return true;
        if (a is JsBigInt ba) return b is JsBigInt bb && ba.Value == bb.Value;
        return a is string sa && b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
    }

    private int Find(in JsValue key)
    {
        int h = Hash(key);
        for (int e = _buckets[h & (_buckets.Length - 1)]; e != 0; e = _next[e - 1])
        {
            if (KeysEqual(_keys[e - 1], key)) return e - 1;
        }

        return -1;
    }

    // ------------------------------------------------------------------------------------------------
    // Operations. Keys passed in must already be canonical (Canonicalize).
    // ------------------------------------------------------------------------------------------------

    public bool Has(JsValue key) => Find(key) >= 0;

    public bool TryGetValue(JsValue key, out JsValue value)
    {
        int i = Find(key);
        if (i < 0)
        {
            value = default;
            return false;
        }

        value = _values![i];
        return true;
    }

    /// <summary>Sets the value of an existing key, or appends a new entry.</summary>
    public void Set(JsValue key, JsValue value)
    {
        int i = Find(key);
        if (i >= 0)
        {
            if (_hasValues) _values![i] = value;
            return;
        }

        if (_used == _keys.Length)
        {
            // Full: compact in place when at least half is tombstones, else double.
            Rebuild(_count * 2 <= _keys.Length ? _keys.Length : _keys.Length * 2);
        }

        int index = _used++;
        _keys[index] = key;
        if (_hasValues) _values![index] = value;
        int bucket = Hash(key) & (_buckets.Length - 1);
        _next[index] = _buckets[bucket];
        _buckets[bucket] = index + 1;
        _count++;
    }

    public bool Remove(JsValue key)
    {
        int i = Find(key);
        if (i < 0) return false;
        _keys[i] = JsValue.Hole;
        if (_hasValues) _values![i] = default;
        _count--;

        // Shrink when three quarters are unused, so a table that grew once does not stay large.
        if (_keys.Length > MinCapacity && _count * 4 < _keys.Length)
        {
            Rebuild(Math.Max(MinCapacity, _keys.Length / 2));
        }

        return true;
    }

    public void Clear()
    {
        if (_used == 0) return;
        _generation.Cleared = true;
        _generation = _generation.Next = new Generation();
        Allocate(MinCapacity, out _keys, out _values, out _buckets, out _next);
        _used = 0;
        _count = 0;
    }

    /// <summary>Copies the live entries, in order, into arrays of <paramref name="capacity"/>; closes the generation.</summary>
    private void Rebuild(int capacity)
    {
        Allocate(capacity, out JsValue[] keys, out JsValue[]? values, out int[] buckets, out int[] next);
        List<int>? removed = null;
        int n = 0;
        for (int i = 0; i < _used; i++)
        {
            if (_keys[i].IsHole)
            {
                (removed ??= []).Add(i);
                continue;
            }

            keys[n] = _keys[i];
            if (values is not null) values[n] = _values![i];
            int bucket = Hash(keys[n]) & (capacity - 1);
            next[n] = buckets[bucket];
            buckets[bucket] = n + 1;
            n++;
        }

        if (removed is not null)
        {
            // Only a renumbering needs a new generation; growth without tombstones keeps every index.
            _generation.Removed = removed.ToArray();
            _generation = _generation.Next = new Generation();
        }

        _keys = keys;
        _values = values;
        _buckets = buckets;
        _next = next;
        _used = n;
    }

    // ------------------------------------------------------------------------------------------------
    // Cursors
    // ------------------------------------------------------------------------------------------------

    /// <summary>A cursor before the first entry.</summary>
    public Cursor Start() => new() { Generation = _generation, Index = 0 };

    /// <summary>
    /// What iterating from <paramref name="cursor"/> (a copy: the caller's stays put) would yield, flattened:
    /// keys, values, or key and value per entry. A Set's values are its keys (its entries are [e, e]).
    /// </summary>
    public List<JsValue> Collect(Cursor cursor, CollectionIterationKind kind, bool isSet)
    {
        var items = new List<JsValue>();
        while (MoveNext(ref cursor, out JsValue key, out JsValue value))
        {
            if (isSet) value = key;
            if (kind != CollectionIterationKind.Values) items.Add(key);
            if (kind != CollectionIterationKind.Keys) items.Add(value);
        }

        return items;
    }

    /// <summary>
    /// Advances <paramref name="cursor"/> to the next live entry and returns it, or returns false when there
    /// is none yet (a later Set makes the same cursor find the new entry).
    /// </summary>
    public bool MoveNext(ref Cursor cursor, out JsValue key, out JsValue value)
    {
        // Catch up with every rebuild since the cursor last moved.
        Generation g = cursor.Generation ?? _generation;
        int index = cursor.Index;
        while (g.Next is not null)
        {
            if (g.Cleared)
            {
                index = 0;
            }
            else if (g.Removed is { } removed)
            {
                // Each dropped tombstone before the cursor moves it back by one.
                int pos = Array.BinarySearch(removed, index);
                index -= pos >= 0 ? pos : ~pos;
            }

            g = g.Next;
        }

        while (index < _used)
        {
            int i = index++;
            if (_keys[i].IsHole) continue;
            key = _keys[i];
            value = _hasValues ? _values![i] : key;
            cursor.Generation = g;
            cursor.Index = index;
            return true;
        }

        cursor.Generation = g;
        cursor.Index = index;
        key = default;
        value = default;
        return false;
    }
}
