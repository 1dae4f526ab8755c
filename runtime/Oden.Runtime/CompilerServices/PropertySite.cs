// PropertySite: the inline cache of one property read, write or method-call site in generated code.
//
// Invariants (docs/architecture.md, "Property keys, shapes and inline caches"):
// - A generated assembly keeps one site per source location in a static field, created by its static
//   constructor; the site is realm-independent and shared by every realm running that assembly.
// - The cache state is one reference, replaced whole: null (cold), a CacheEntry (monomorphic), a
//   CacheEntry[] (polymorphic, up to MaxEntries) or the Megamorphic sentinel. Readers on other threads see
//   either the old or the new state, never a torn one.
// - An entry holds only shapes, a slot index and flags: never an object of a realm.
// - An entry is a fact about immutable shapes, true forever. So the typed shortcuts _own and _proto1 (the
//   first own-data entry and the first depth-1 data entry the site recorded) stay valid when _state moves
//   on to polymorphic or megamorphic; the inline paths test them with one shape compare and no type test
//   of _state. They start at CacheEntry.Never, whose shapes no object has.
using System.ComponentModel;

namespace Oden.Runtime.CompilerServices;

[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PropertySite
{
    internal const int MaxEntries = 4;
    internal static readonly object Megamorphic = new();

    public PropertySite(string name)
    {
        Key = PropertyKey.FromString(name);
    }

    /// <summary>A site for a symbol key (the runtime's own protocol reads, e.g. @@iterator).</summary>
    internal PropertySite(PropertyKey key)
    {
        Key = key;
    }

    public PropertyKey Key { get; }

    internal object? _state;

    /// <summary>The first entry for a data property on the receiver itself (Chain null, Kind Data).</summary>
    internal CacheEntry _own = CacheEntry.Never;

    /// <summary>The first entry for a data property on the receiver's prototype (one Chain shape, Kind Data).</summary>
    internal CacheEntry _proto1 = CacheEntry.Never;

    /// <summary>
    /// Cache statistics for tests and `odenc run --ic-stats`: misses are always counted (on the slow path);
    /// accesses only by code compiled with CompilationOptions.CountCacheAccesses (Ops.CountSiteAccess), so
    /// that hits = accesses - misses.
    /// </summary>
    internal long Accesses;
    internal int Misses;

    internal bool IsMegamorphic => ReferenceEquals(_state, Megamorphic);

    internal void Record(CacheEntry entry)
    {
        if (entry.Kind == CacheEntryKind.Data)
        {
            if (entry.Chain is null)
            {
                if (ReferenceEquals(_own, CacheEntry.Never)) _own = entry;
            }
            else if (entry.Proto1 is not null && ReferenceEquals(_proto1, CacheEntry.Never))
            {
                _proto1 = entry;
            }
        }

        object? state = _state;
        if (state is null)
        {
            _state = entry;
        }
        else if (state is CacheEntry one)
        {
            _state = new[] { one, entry };
        }
        else if (state is CacheEntry[] many)
        {
            if (many.Length >= MaxEntries)
            {
                _state = Megamorphic;
                return;
            }

            var next = new CacheEntry[many.Length + 1];
            Array.Copy(many, next, many.Length);
            next[^1] = entry;
            _state = next;
        }
    }
}

/// <summary>One cached outcome of a lookup. Immutable.</summary>
internal sealed class CacheEntry(Shape shape, int slot, Shape[]? chain, CacheEntryKind kind, Shape? newShape = null)
{
    /// <summary>The shortcuts' initial value: its shapes are never an object's, so nothing matches it.</summary>
    internal static readonly CacheEntry Never = new(Shape.Unmatched, 0, [Shape.Unmatched], CacheEntryKind.Data);

    /// <summary>The receiver's shape.</summary>
    public readonly Shape Shape = shape;

    /// <summary>The slot in the holder (the receiver, or the last object of the chain); -1 for "absent".</summary>
    public readonly int Slot = slot;

    /// <summary>Shapes of the prototypes walked, nearest first; null when the receiver holds the property.</summary>
    public readonly Shape[]? Chain = chain;

    /// <summary>Chain[0] when the chain is one prototype long (the holder is the receiver's prototype), else null.</summary>
    public readonly Shape? Proto1 = chain is { Length: 1 } ? chain[0] : null;

    public readonly CacheEntryKind Kind = kind;

    /// <summary>For Add entries: the receiver's shape after the add.</summary>
    public readonly Shape? NewShape = newShape;

    /// <summary>Checks the prototype chain of <paramref name="o"/> against Chain and returns the holder.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public JsObject? MatchChain(JsObject o)
    {
        JsObject? holder = o;
        Shape[] chain = Chain!;
        for (int i = 0; i < chain.Length; i++)
        {
            holder = holder!._prototype;
            if (holder is null || !ReferenceEquals(holder._shape, chain[i])) return null;
        }

        return holder;
    }
}

internal enum CacheEntryKind : byte
{
    /// <summary>A data property at Slot of the holder.</summary>
    Data,
    /// <summary>An accessor property at Slot of the holder (the slot holds a JsAccessor).</summary>
    Accessor,
    /// <summary>The key is absent along the whole chain (the last prototype's prototype was null).</summary>
    Absent,
    /// <summary>A store that adds the key: Shape → NewShape.</summary>
    Add,
}
