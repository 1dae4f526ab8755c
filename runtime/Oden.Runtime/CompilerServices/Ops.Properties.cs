// Property access for generated code: named reads, writes and method calls through PropertySite inline
// caches, computed (element) access with array fast paths, and global variable access.
//
// Fast paths are small and inlinable: a type test, a shape compare, a slot load. Everything else lives in
// the *Miss methods, which do the generic lookup and then record what they learned in the site.
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.CompilerServices;

[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class Ops
{
    // ---------------------------------------------------------------------------------------------
    // Named get
    // ---------------------------------------------------------------------------------------------

    /// <summary>target.name</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetNamed(Realm realm, JsValue target, PropertySite site) =>
        GetNamedOn(realm, JsValue.ObjectOf(target._ref), target, site);

    /// <summary>
    /// The object a binding holds, or null: what CodeGen keeps beside a binding that is the receiver of
    /// several property accesses (the *On entries then skip the type test; docs/architecture.md, "Object
    /// shadows").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsObject? AsObject(JsValue value) => JsValue.ObjectOf(value._ref);

    /// <summary>target.name where <paramref name="o"/> is AsObject(target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetNamedOn(Realm realm, JsObject? o, JsValue target, PropertySite site)
    {
        if (o is not null)
        {
            CacheEntry e = site._own;
            if (ReferenceEquals(e.Shape, o._shape))
            {
                JsValue v = SlotAt(o, e.Slot);
                if (!v.IsLazy) return v;
            }
        }

        return GetNamedSlow(realm, target, site);
    }

    /// <summary>
    /// A slot of an object whose shape a cache entry matched, without the bounds check: an object's slot
    /// array is never shorter than its shape's Count (JsObject keeps that whenever it changes either), and an
    /// entry's Slot is below its shape's Count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref JsValue SlotAt(JsObject o, int slot) =>
        ref Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(o._slots), (nint)(uint)slot);

    /// <summary>A debug build's access counter (CompilationOptions.CountCacheAccesses), emitted before each site's access.</summary>
    public static void CountSiteAccess(PropertySite site) => site.Accesses++;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue GetNamedSlow(Realm realm, JsValue target, PropertySite site)
    {
        return JsValue.ObjectOf(target._ref) is { } o ? GetFromObject(realm, o, target, site) : GetNamedOnPrimitive(realm, target, site);
    }

    /// <summary>A named read on a primitive (kept apart so that the object path's frame stays small).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue GetNamedOnPrimitive(Realm realm, JsValue target, PropertySite site)
    {
        if (target.IsNullish)
        {
            throw realm.TypeError($"Cannot read properties of {(target.IsNull ? "null" : "undefined")} (reading '{site.Key}')");
        }

        if (target.IsString)
        {
            if (site.Key.RawName is string name && name == "length")
            {
                return JsValue.FromNumber(target._ref is string s ? s.Length : ((JsRope)target._ref!).Length);
            }

            // An index written as a literal name (s['0']): the string's own character, as s[0] reads it.
            if (site.Key.IsIndex)
            {
                string text = target.AsString();
                if (site.Key.Index < (uint)text.Length) return JsValue.FromString(Operations.CharToString(text[(int)site.Key.Index]));
            }
        }

        // A primitive: look up on its prototype, with the primitive as the receiver.
        return GetFromObject(realm, Operations.PrototypeForPrimitive(realm, target), target, site);
    }

    /// <summary>
    /// Cached lookup starting at <paramref name="start"/> with <paramref name="receiver"/> as this for getters: the
    /// hits the inline path leaves out (a polymorphic site, a method inherited from a base class, a getter, an
    /// absent key). The first record whose shapes match is used (records of one receiver shape can differ in
    /// their prototypes' shapes). The value is read right here, without out-parameters or address-taken
    /// locals, so this frame stays small.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into GetNamedSlow: the hot caller, whose frame then stays this one
    private static JsValue GetFromObject(Realm realm, JsObject start, JsValue receiver, PropertySite site)
    {
        object? state = site._state;
        CacheEntry? e = null;
        JsObject? holder = null;
        if (state is CacheEntry one)
        {
            e = one;
            holder = HolderOf(one, start);
        }
        else if (state is CacheEntry[] many)
        {
            foreach (CacheEntry candidate in many)
            {
                if ((holder = HolderOf(candidate, start)) is not null)
                {
                    e = candidate;
                    break;
                }
            }
        }
        else if (state is not null)
        {
            return start.Get(site.Key, receiver); // megamorphic
        }

        if (holder is not null)
        {
            switch (e!.Kind)
            {
                case CacheEntryKind.Data:
                    JsValue v = holder._slots[e.Slot];
                    return v.IsLazy ? holder.MaterializeLazy(holder._shape.Keys[e.Slot]) : v;
                case CacheEntryKind.Accessor:
                    JsFunction? getter = Unsafe.As<JsAccessor>(holder._slots[e.Slot]._ref)!.Getter;
                    return getter is null ? default : getter.Call0(receiver);
                case CacheEntryKind.Absent when holder._prototype is null:
                    return default;
            }
        }

        return GetMiss(start, receiver, site);
    }

    /// <summary>
    /// Where a record's property is for <paramref name="o"/>: <paramref name="o"/> itself, or the object its
    /// chain of prototype shapes leads to; null when <paramref name="o"/> or a prototype has another shape.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsObject? HolderOf(CacheEntry e, JsObject o) =>
        !ReferenceEquals(e.Shape, o._shape) ? null : e.Chain is null ? o : e.MatchChain(o);

    private static JsValue GetMiss(JsObject start, JsValue receiver, PropertySite site)
    {
        site.Misses++;
        PropertyKey key = site.Key;
        CacheEntry? entry = null;
        List<Shape>? chain = null;
        JsObject current = start;
        while (true)
        {
            if (current.IsExoticFor(key) || current._shape.IsDictionary) break;
            if (current.TryGetOwnStorage(key, out _, out PropertyFlags flags))
            {
                if ((flags & PropertyFlags.Special) != 0) break;
                current._shape.TryGetSlot(key, out int slot, out _);
                entry = new CacheEntry(start._shape, slot, chain?.ToArray(),
                    (flags & PropertyFlags.Accessor) != 0 ? CacheEntryKind.Accessor : CacheEntryKind.Data);
                break;
            }

            JsObject? next = current._prototype;
            if (next is null)
            {
                entry = new CacheEntry(start._shape, -1, chain?.ToArray() ?? [], CacheEntryKind.Absent);
                break;
            }

            (chain ??= []).Add(next._shape);
            if (chain.Count > 8) break;
            current = next;
        }

        JsValue result = start.Get(key, receiver);
        if (entry is not null) site.Record(entry);
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // Named set
    // ---------------------------------------------------------------------------------------------

    /// <summary>target.name = value (sloppy: a failed assignment is silent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNamed(Realm realm, JsValue target, PropertySite site, JsValue value) =>
        SetNamedCore(realm, JsValue.ObjectOf(target._ref), target, site, value, strict: false, inlineAdd: false);

    /// <summary>target.name = value in strict code: a failed assignment throws a TypeError.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNamedStrict(Realm realm, JsValue target, PropertySite site, JsValue value) =>
        SetNamedCore(realm, JsValue.ObjectOf(target._ref), target, site, value, strict: true, inlineAdd: false);

    /// <summary>SetNamed where <paramref name="o"/> is AsObject(target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNamedOn(Realm realm, JsObject? o, JsValue target, PropertySite site, JsValue value) =>
        SetNamedCore(realm, o, target, site, value, strict: false, inlineAdd: false);

    /// <summary>SetNamedStrict where <paramref name="o"/> is AsObject(target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNamedStrictOn(Realm realm, JsObject? o, JsValue target, PropertySite site, JsValue value) =>
        SetNamedCore(realm, o, target, site, value, strict: true, inlineAdd: false);

    /// <summary>
    /// SetNamedOn for `this.name = value`: a constructor's stores are adds, so the monomorphic add runs inline
    /// here (elsewhere it is a call, to keep the many other store sites small).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNamedOnThis(Realm realm, JsObject? o, JsValue target, PropertySite site, JsValue value) =>
        SetNamedCore(realm, o, target, site, value, strict: false, inlineAdd: true);

    /// <summary>SetNamedStrictOn for `this.name = value` (see SetNamedOnThis).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNamedStrictOnThis(Realm realm, JsObject? o, JsValue target, PropertySite site, JsValue value) =>
        SetNamedCore(realm, o, target, site, value, strict: true, inlineAdd: true);

    /// <summary>
    /// The inline store of every named-set entry (the flags are constants there, so each entry keeps only its
    /// own branch): the site's own-data shortcut, then its monomorphic add, inline or in a small method of its
    /// own, then the slow path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetNamedCore(Realm realm, JsObject? o, JsValue target, PropertySite site, JsValue value, bool strict, bool inlineAdd)
    {
        if (o is not null)
        {
            CacheEntry own = site._own;
            if (ReferenceEquals(own.Shape, o._shape))
            {
                SlotAt(o, own.Slot) = value;
                return;
            }

            if (site._state is CacheEntry { Kind: CacheEntryKind.Add } e
                && (inlineAdd ? TryCachedAdd(e, o, value) : ReferenceEquals(e.Shape, o._shape) && TryCachedAddOutOfLine(e, o, value)))
            {
                return;
            }
        }

        SetNamedSlow(realm, target, site, value, strict);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetNamedSlow(Realm realm, JsValue target, PropertySite site, JsValue value, bool strict)
    {
        if (target._ref is not JsObject o)
        {
            SetOnPrimitive(realm, target, site.Key, value, strict);
            return;
        }

        object? state = site._state;
        if (state is CacheEntry one)
        {
            if (TrySetHit(one, o, value)) return;
        }
        else if (state is CacheEntry[] many)
        {
            foreach (CacheEntry e in many)
            {
                if (TrySetHit(e, o, value)) return;
            }
        }
        else if (state is not null)
        {
            SetGeneric(realm, o, site.Key, value, strict);
            return;
        }

        SetMiss(realm, o, site, value, strict);
    }

    /// <summary>
    /// TryCachedAdd for the inline set paths (`this.x = x` in a constructor): a small frame of its own, not the
    /// general slow path's.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryCachedAddOutOfLine(CacheEntry e, JsObject o, JsValue value) => TryCachedAdd(e, o, value);

    /// <summary>
    /// An Add entry's store: the receiver has the entry's shape and is extensible, its prototypes have the
    /// recorded shapes (none has the key or a setter for it) and the chain ends there. The value goes into
    /// the next slot (already allocated when the constructor presized the object).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryCachedAdd(CacheEntry e, JsObject o, JsValue value)
    {
        if (!ReferenceEquals(e.Shape, o._shape) || (o._objectFlags & ObjectFlags.NotExtensible) != 0) return false;
        Shape[] chain = e.Chain!;
        JsObject? p = o._prototype;
        for (int i = 0; i < chain.Length; i++)
        {
            if (p is null || !ReferenceEquals(p._shape, chain[i])) return false;
            p = p._prototype;
        }

        if (p is not null) return false;
        o.AddWithShape(e.NewShape!, value);
        return true;
    }

    private static bool TrySetHit(CacheEntry e, JsObject o, JsValue value)
    {
        if (!ReferenceEquals(e.Shape, o._shape)) return false;
        if (e.Kind == CacheEntryKind.Data && e.Chain is null)
        {
            o._slots[e.Slot] = value;
            return true;
        }

        return e.Kind == CacheEntryKind.Add && TryCachedAdd(e, o, value);
    }

    private static void SetMiss(Realm realm, JsObject o, PropertySite site, JsValue value, bool strict)
    {
        site.Misses++;
        PropertyKey key = site.Key;
        Shape before = o._shape;
        CacheEntry? entry = null;
        bool addCandidate = false;
        List<Shape>? chain = null;

        if (!o.IsExoticFor(key) && !before.IsDictionary)
        {
            if (o.TryGetOwnStorage(key, out _, out PropertyFlags flags))
            {
                if ((flags & (PropertyFlags.Accessor | PropertyFlags.Special)) == 0 && (flags & PropertyFlags.Writable) != 0)
                {
                    before.TryGetSlot(key, out int slot, out _);
                    entry = new CacheEntry(before, slot, null, CacheEntryKind.Data);
                }
            }
            else
            {
                // Absent on the receiver: an add is cacheable if nothing on the chain has the key.
                addCandidate = true;
                for (JsObject? p = o._prototype; p is not null; p = p._prototype)
                {
                    if (p.IsExoticFor(key) || p._shape.IsDictionary || p.TryGetOwnStorage(key, out _, out _) || (chain?.Count ?? 0) > 8)
                    {
                        addCandidate = false;
                        break;
                    }

                    (chain ??= []).Add(p._shape);
                }
            }
        }

        SetGeneric(realm, o, key, value, strict);

        if (entry is not null)
        {
            site.Record(entry);
        }
        else if (addCandidate && !o._shape.IsDictionary && ReferenceEquals(o._shape.Parent, before)
            && o._shape.LastKey.Equals(key) && o._shape.LastFlags == PropertyFlags.Default)
        {
            site.Record(new CacheEntry(before, o._shape.Count - 1, chain?.ToArray() ?? [], CacheEntryKind.Add, o._shape));
        }
    }

    private static void SetGeneric(Realm realm, JsObject o, in PropertyKey key, JsValue value, bool strict) =>
        Operations.Set(realm, o, key, value, throwOnFailure: strict);

    private static void SetOnPrimitive(Realm realm, JsValue target, in PropertyKey key, JsValue value, bool strict)
    {
        if (target.IsNullish)
        {
            throw realm.TypeError($"Cannot set properties of {(target.IsNull ? "null" : "undefined")} (setting '{key}')");
        }

        // OrdinarySet with a primitive receiver: only a setter on the prototype chain can succeed.
        bool ok = Operations.PrototypeForPrimitive(realm, target).Set(key, value, target);
        if (!ok && strict)
        {
            throw realm.TypeError($"Cannot create property '{key}' on {Operations.TypeOf(target)} '{Operations.ToString(realm, target)}'");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Computed (element) access: target[key]
    // ---------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetElement(Realm realm, JsValue target, JsValue key)
    {
        if (key.IsNumber)
        {
            double d = key._num;
            uint index = (uint)d;
            if (index == d && TryGetElementFast(target, index, out JsValue v)) return v;
        }

        return GetElementSlow(realm, target, key);
    }

    /// <summary>An array's present dense element or a Float64Array's element at an index in range: what the element reads take inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryGetElementFast(JsValue target, uint index, out JsValue value)
    {
        if (target._ref is JsArray array) return array.TryGetDense(index, out value);
        if (target._ref is JsTypedArray typedArray && typedArray.TryGetFloat64(index, out double x))
        {
            value = JsValue.FromNumber(x);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// target[key] where the key is the int32 result of a bitwise operator or shift on numbers (`a[n &amp; 63]`):
    /// the index needs no conversion from a double. A negative key misses the dense storage as a huge
    /// unsigned index and reads the property "-1" etc. in GetElementSlow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetElementInt32(Realm realm, JsValue target, int key) =>
        TryGetElementFast(target, (uint)key, out JsValue v) ? v : GetElementSlow(realm, target, JsValue.FromNumber(key));

    /// <summary>target[key] where the key is the uint32 result of `&gt;&gt;&gt;` (`a[n &gt;&gt;&gt; 18]`), as GetElementInt32.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetElementUint32(Realm realm, JsValue target, uint key) =>
        TryGetElementFast(target, key, out JsValue v) ? v : GetElementSlow(realm, target, JsValue.FromNumber((double)key));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue GetElementSlow(Realm realm, JsValue target, JsValue key)
    {
        if (target._ref is JsTypedArray typedArray && key.IsNumber)
        {
            // An integer index within the length: the element (out of range falls to [[Get]]: undefined).
            double d = key._num;
            uint index = (uint)d;
            if (index == d && typedArray.TryGetElement(index, out JsValue v)) return v;
        }

        if (target.IsNullish)
        {
            // GetValue: ToObject(base) throws before ToPropertyKey(key) runs, so an object key's
            // toString is not called (the message names only a primitive key, as V8's does).
            string what = target.IsNull ? "null" : "undefined";
            if (key.IsObject) throw realm.TypeError($"Cannot read properties of {what}");
            throw realm.TypeError($"Cannot read properties of {what} (reading '{Operations.ToString(realm, key.IsSymbol ? key.AsSymbol.ToString() : key)}')");
        }

        if (key.IsNumber && StringOf(target) is { } s)
        {
            // A string, flat or a rope (flattened once), read at an index in range.
            double d = key._num;
            int i = (int)d;
            if (i == d && (uint)i < (uint)s.Length) return Operations.CharToString(s[i]);
        }

        PropertyKey pk = Operations.ToPropertyKey(realm, key);
        return Operations.GetV(realm, target, pk);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetElement(Realm realm, JsValue target, JsValue key, JsValue value)
    {
        if (target._ref is JsArray array && key.IsNumber)
        {
            double d = key._num;
            uint index = (uint)d;
            if (index == d && array.TrySetDense(index, value)) return;
        }
        else if (target._ref is JsTypedArray typedArray && key.IsNumber && value.IsNumber)
        {
            double d = key._num;
            uint index = (uint)d;
            if (index == d && typedArray.TrySetFloat64(index, value._num)) return;
        }

        SetElementSlow(realm, target, key, value, strict: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetElementStrict(Realm realm, JsValue target, JsValue key, JsValue value)
    {
        if (target._ref is JsArray array && key.IsNumber)
        {
            double d = key._num;
            uint index = (uint)d;
            if (index == d && array.TrySetDense(index, value)) return;
        }
        else if (target._ref is JsTypedArray typedArray && key.IsNumber && value.IsNumber)
        {
            double d = key._num;
            uint index = (uint)d;
            if (index == d && typedArray.TrySetFloat64(index, value._num)) return;
        }

        SetElementSlow(realm, target, key, value, strict: true);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetElementSlow(Realm realm, JsValue target, JsValue key, JsValue value, bool strict)
    {
        if (target._ref is JsTypedArray typedArray && key.IsNumber && value.IsNumber)
        {
            // A number stored at an integer index within the length (other values convert in [[Set]]).
            double d = key._num;
            uint index = (uint)d;
            if (index == d && typedArray.TrySetElement(index, value._num)) return;
        }
        else if (target._ref is JsArray holey && key.IsNumber)
        {
            // A hole below the length (`new Array(n)` filled by index), before the key conversion below.
            double d = key._num;
            uint index = (uint)d;
            if (index == d && holey.TryFillHole(index, value)) return;
        }

        if (target.IsNullish)
        {
            throw realm.TypeError($"Cannot set properties of {(target.IsNull ? "null" : "undefined")}");
        }

        PropertyKey pk = Operations.ToPropertyKey(realm, key);
        if (target._ref is JsObject o)
        {
            if (o is JsArray array && pk.IsIndex)
            {
                // A hole below the length is filled in place; an index at the length appends.
                if (array.TryFillHole(pk.Index, value)) return;
                if (array.CanFastAppend && pk.Index == array.Length && o.Prototype is { } proto
                    && ReferenceEquals(proto, realm.Intrinsics.ArrayPrototype) && !ProtoChainHasIndexedProperties(proto))
                {
                    array.Push(value);
                    return;
                }
            }

            SetGeneric(realm, o, pk, value, strict);
            return;
        }

        SetOnPrimitive(realm, target, pk, value, strict);
    }

    /// <summary>
    /// Whether <paramref name="proto"/> or an object on its prototype chain may have an indexed property (an
    /// element, a non-empty array, an exotic lookup such as a Proxy's): the question every in-place element
    /// append and hole fill asks. The first two objects (Array.prototype and Object.prototype, for arrays) are
    /// tested inline.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ProtoChainHasIndexedProperties(JsObject proto)
    {
        if (MayHaveIndexedProperties(proto)) return true;
        JsObject? next = proto._prototype;
        if (next is null) return false;
        if (MayHaveIndexedProperties(next)) return true;
        return next._prototype is { } rest && ProtoChainHasIndexedPropertiesFrom(rest);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ProtoChainHasIndexedPropertiesFrom(JsObject proto)
    {
        for (JsObject? p = proto; p is not null; p = p._prototype)
        {
            if (MayHaveIndexedProperties(p)) return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayHaveIndexedProperties(JsObject p) =>
        p._elements is { Count: > 0 } || (p is JsArray a && a.Length > 0) || (p._objectFlags & ObjectFlags.ExoticLookup) != 0;

    /// <summary>target.length, with the array and string cases first (no site: length is exotic on arrays).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetLength(Realm realm, JsValue target, PropertySite site)
    {
        if (target._ref is JsArray array) return JsValue.FromNumber(array.Length);
        if (target._ref is string s) return JsValue.FromNumber(s.Length);
        if (target._ref is JsRope rope) return JsValue.FromNumber(rope.Length);
        return GetNamed(realm, target, site);
    }

    // ---------------------------------------------------------------------------------------------
    // Globals
    // ---------------------------------------------------------------------------------------------

    /// <summary>A read of an unresolved identifier: a global object property or a ReferenceError.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetGlobal(Realm realm, PropertySite site)
    {
        JsObject global = realm.GlobalObject;
        CacheEntry e = site._own;
        if (ReferenceEquals(e.Shape, global._shape))
        {
            JsValue v = SlotAt(global, e.Slot);
            if (!v.IsLazy) return v;
        }

        return GetGlobalSlow(realm, site);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue GetGlobalSlow(Realm realm, PropertySite site)
    {
        JsObject global = realm.GlobalObject;
        if (!global.HasProperty(site.Key))
        {
            throw realm.ReferenceError($"{site.Key} is not defined");
        }

        return GetFromObject(realm, global, global, site);
    }

    /// <summary>typeof x for an unresolved identifier: undefined instead of a ReferenceError.</summary>
    public static JsValue GetGlobalForTypeof(Realm realm, PropertySite site)
    {
        JsObject global = realm.GlobalObject;
        if (!global.HasProperty(site.Key)) return default;
        return GetFromObject(realm, global, global, site);
    }

    /// <summary>An assignment to an unresolved identifier.</summary>
    public static void SetGlobal(Realm realm, PropertySite site, JsValue value, bool strict)
    {
        JsObject global = realm.GlobalObject;
        if (strict && !global.HasProperty(site.Key))
        {
            throw realm.ReferenceError($"{site.Key} is not defined");
        }

        SetNamedSlow(realm, global, site, value, strict);
    }

    /// <summary>A top-level var or function declaration of a classic script: a global object property.</summary>
    public static void DeclareGlobalVar(Realm realm, string name, bool isFunction, JsValue value)
    {
        JsObject global = realm.GlobalObject;
        PropertyKey key = PropertyKey.FromString(name);
        bool exists = global.GetOwnProperty(key, out PropertyDescriptor existing);
        if (isFunction)
        {
            if (!exists || existing.Configurable)
            {
                Operations.DefinePropertyOrThrow(realm, global, key, PropertyDescriptor.Data(value, PropertyFlags.Writable | PropertyFlags.Enumerable));
            }
            else
            {
                Operations.Set(realm, global, key, value, throwOnFailure: true);
            }
        }
        else if (!exists)
        {
            Operations.DefinePropertyOrThrow(realm, global, key, PropertyDescriptor.Data(default, PropertyFlags.Writable | PropertyFlags.Enumerable));
        }
    }
}
