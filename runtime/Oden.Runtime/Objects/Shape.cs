// Shape: the hidden class of an object — which named keys it has, in which slots, with which attributes.
//
// Invariants:
// - Immutable and process-wide. A shape is its parent plus one (key, flags) addition; the new key's slot
//   is Count - 1. Adding a key returns the shared child: objects built the same way share shapes across
//   realms and threads, so inline caches warmed by one realm hit in all of them.
// - The prototype is not part of the shape (it is a field of the object). Caches that look past the
//   receiver record the shape of every object on the chain instead.
// - Roots are per object *kind* (ordinary, array, function, …): a shape therefore implies the C# class
//   family of its objects, which lets a cache trust that a matching shape behaves the same way.
// - Array-index keys never enter a shape (they live in element storage).
// - Transitions hold children weakly and are guarded by a lock; keys parsed once (JSON) do not keep
//   their shapes alive after the objects die (a realm's kept JSON parser holds the shapes of at most
//   1,024 recent transitions, see JsonParser).
// - Objects leave shapes for a private dictionary (PropertyMap) when they would pass MaxShapeProperties
//   keys, when a property other than the last one added is deleted, or when attributes change. The shared
//   DictionaryMode sentinel is their shape; no cache ever records it.
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

public sealed class Shape
{
    /// <summary>Objects with more named properties than this switch to dictionary mode.</summary>
    public const int MaxShapeProperties = 128;

    private readonly Shape? _parent;
    private readonly PropertyKey _key;
    private readonly PropertyFlags _flags;
    private Dictionary<TransitionKey, WeakReference<Shape>>? _transitions;
    private PropertyTable? _table;

    private Shape(ShapeKind kind)
    {
        Kind = kind;
    }

    private Shape(Shape parent, PropertyKey key, PropertyFlags flags)
    {
        _parent = parent;
        _key = key;
        _flags = flags;
        Count = parent.Count + 1;
        Kind = parent.Kind;
    }

    private static readonly Shape[] s_roots = CreateRoots();

    private static Shape[] CreateRoots()
    {
        var roots = new Shape[(int)ShapeKind.Count];
        for (int i = 0; i < roots.Length; i++)
        {
            roots[i] = new Shape((ShapeKind)i);
        }

        return roots;
    }

    /// <summary>The empty shape of ordinary objects.</summary>
    public static Shape Empty => s_roots[0];

    /// <summary>The sentinel shape of every object in dictionary mode. Never cached.</summary>
    public static readonly Shape DictionaryMode = new(ShapeKind.Dictionary);

    /// <summary>A shape no object ever has: what an empty inline-cache shortcut compares against.</summary>
    internal static readonly Shape Unmatched = new(ShapeKind.Other);

    public static Shape Root(ShapeKind kind) => s_roots[(int)kind];

    public ShapeKind Kind { get; }

    /// <summary>The number of named properties; also the number of slots in use.</summary>
    public int Count { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    public bool IsDictionary => ReferenceEquals(this, DictionaryMode);

    public Shape? Parent => _parent;

    /// <summary>The key this shape added (its slot is Count - 1).</summary>
    public PropertyKey LastKey => _key;

    public PropertyFlags LastFlags => _flags;

    /// <summary>The shape with one more property; shared with every object that adds the same key.</summary>
    public Shape AddProperty(PropertyKey key, PropertyFlags flags)
    {
        var tk = new TransitionKey(key, flags);
        lock (this)
        {
            _transitions ??= new Dictionary<TransitionKey, WeakReference<Shape>>();
            if (_transitions.TryGetValue(tk, out var weak) && weak.TryGetTarget(out var existing))
            {
                return existing;
            }

            var child = new Shape(this, key, flags);
            if (weak is null)
            {
                // Prune dead children now and then so the table stays bounded by the live ones.
                if (_transitions.Count >= 64 && (_transitions.Count & 63) == 0)
                {
                    PruneDeadTransitions();
                }

                _transitions[tk] = new WeakReference<Shape>(child);
            }
            else
            {
                weak.SetTarget(child);
            }

            return child;
        }
    }

    private void PruneDeadTransitions()
    {
        List<TransitionKey>? dead = null;
        foreach (var pair in _transitions!)
        {
            if (!pair.Value.TryGetTarget(out _))
            {
                (dead ??= []).Add(pair.Key);
            }
        }

        if (dead is not null)
        {
            foreach (var k in dead) _transitions.Remove(k);
        }
    }

    /// <summary>Finds a key's slot and attributes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetSlot(in PropertyKey key, out int slot, out PropertyFlags flags)
    {
        if (Count <= 8)
        {
            for (Shape? s = this; s is not null && s.Count > 0; s = s._parent)
            {
                if (s._key.Equals(key))
                {
                    slot = s.Count - 1;
                    flags = s._flags;
                    return true;
                }
            }

            slot = -1;
            flags = 0;
            return false;
        }

        return (_table ??= new PropertyTable(this)).TryGet(key, out slot, out flags);
    }

    /// <summary>Keys in slot (insertion) order.</summary>
    public PropertyKey[] Keys => (_table ??= new PropertyTable(this)).Keys;

    /// <summary>Attributes in slot order.</summary>
    public PropertyFlags[] FlagsBySlot => (_table ??= new PropertyTable(this)).Flags;

    private readonly record struct TransitionKey(PropertyKey Key, PropertyFlags Flags);

    /// <summary>The flattened view of a shape chain, built once on demand; immutable once published.</summary>
    private sealed class PropertyTable
    {
        public readonly PropertyKey[] Keys;
        public readonly PropertyFlags[] Flags;
        private readonly Dictionary<PropertyKey, int>? _index;

        public PropertyTable(Shape shape)
        {
            int n = shape.Count;
            Keys = new PropertyKey[n];
            Flags = new PropertyFlags[n];
            for (Shape? s = shape; s is not null && s.Count > 0; s = s._parent)
            {
                Keys[s.Count - 1] = s._key;
                Flags[s.Count - 1] = s._flags;
            }

            if (n > 8)
            {
                _index = new Dictionary<PropertyKey, int>(n);
                for (int i = 0; i < n; i++) _index[Keys[i]] = i;
            }
        }

        public bool TryGet(in PropertyKey key, out int slot, out PropertyFlags flags)
        {
            if (_index is not null)
            {
                if (_index.TryGetValue(key, out slot))
                {
                    flags = Flags[slot];
                    return true;
                }
            }
            else
            {
                for (int i = 0; i < Keys.Length; i++)
                {
                    if (Keys[i].Equals(key))
                    {
                        slot = i;
                        flags = Flags[i];
                        return true;
                    }
                }
            }

            slot = -1;
            flags = 0;
            return false;
        }
    }
}

/// <summary>The object kinds that get their own root shape (see Shape's invariants).</summary>
public enum ShapeKind : byte
{
    Ordinary,
    Array,
    Function,
    Arguments,
    PrimitiveWrapper,
    Error,
    Global,
    RegExp,
    TypedArray,
    Other,
    Count,
    Dictionary = 255,
}
