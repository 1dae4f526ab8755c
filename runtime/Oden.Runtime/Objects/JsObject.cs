// JsObject: an ordinary ECMAScript object, and the base of every exotic one.
//
// Storage: named properties live in _slots, laid out by _shape (see Shape.cs), or in a private PropertyMap
// once the object is in dictionary mode (_shape is then Shape.DictionaryMode). Array-index keys live in
// _elements (arrays override all of that with dense storage). A slot holds the value of a data property,
// a JsAccessor for an accessor property, or JsValue.Lazy for a value built on first read
// (MaterializeLazy). The internal methods keep their spec names ([[Get]] is Get, …) and are virtual so
// that exotic objects (arrays, arguments, string wrappers, proxies) override exactly what the spec lets
// them change.
//
// Nothing here is thread-safe: an object belongs to one realm, which runs on one thread at a time.
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

public class JsObject
{
    private static readonly JsValue[] s_noSlots = [];

    internal Shape _shape;
    internal JsValue[] _slots;
    internal PropertyMap? _map;
    internal ElementMap? _elements;
    internal JsObject? _prototype;
    internal ObjectFlags _objectFlags;

    public JsObject(JsObject? prototype)
    {
        _shape = Shape.Empty;
        _slots = s_noSlots;
        _prototype = prototype;
    }

    /// <summary>
    /// An empty object whose slot array already has room for <paramref name="capacity"/> properties (the
    /// instance size a constructor learned: its adds then never grow the array).
    /// </summary>
    public JsObject(JsObject? prototype, int capacity)
    {
        _shape = Shape.Empty;
        _slots = capacity == 0 ? s_noSlots : new JsValue[capacity];
        _prototype = prototype;
    }

    /// <summary>An object with a pre-built shape (its slots start as undefined).</summary>
    public JsObject(JsObject? prototype, Shape shape)
    {
        _shape = shape;
        _slots = shape.Count == 0 ? s_noSlots : new JsValue[shape.Count];
        _prototype = prototype;
    }

    /// <summary>The spec's class-ish name for diagnostics and console output ("Object", "Array", …).</summary>
    public virtual string ClassName => "Object";

    public Shape Shape => _shape;

    public JsObject? Prototype => _prototype;

    internal bool IsDictionaryMode => _map is not null;

    // ------------------------------------------------------------------------------------------------
    // Internal methods
    // ------------------------------------------------------------------------------------------------

    /// <see href="https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-getprototypeof"/>
    public virtual JsObject? GetPrototypeOf() => _prototype;

    /// <see href="https://tc39.es/ecma262/#sec-ordinarysetprototypeof"/>
    public virtual bool SetPrototypeOf(JsObject? value)
    {
        // 1-3. If SameValue(V, current) is true, return true.
        if (ReferenceEquals(value, _prototype)) return true;

        // 4-5. If extensible is false, return false.
        if ((_objectFlags & ObjectFlags.NotExtensible) != 0) return false;

        // 6-8. Refuse cycles; stop at an object whose [[GetPrototypeOf]] is not ordinary (a proxy).
        for (JsObject? p = value; p is not null; p = p._prototype)
        {
            if (ReferenceEquals(p, this)) return false;
            if ((p._objectFlags & ObjectFlags.ExoticPrototype) != 0) break;
        }

        _prototype = value;
        return true;
    }

    public virtual bool IsExtensible() => (_objectFlags & ObjectFlags.NotExtensible) == 0;

    public virtual bool PreventExtensions()
    {
        _objectFlags |= ObjectFlags.NotExtensible;
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-ordinarygetownproperty"/>
    public virtual bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor)
    {
        if (TryGetOwnStorage(key, out JsValue value, out PropertyFlags flags))
        {
            descriptor = ToDescriptor(value.IsLazy ? MaterializeLazy(key) : value, flags);
            return true;
        }

        descriptor = default;
        return false;
    }

    private static PropertyDescriptor ToDescriptor(JsValue value, PropertyFlags flags)
    {
        if ((flags & PropertyFlags.Accessor) != 0)
        {
            var acc = (JsAccessor)value._ref!;
            return PropertyDescriptor.Accessor(acc.Getter, acc.Setter, flags);
        }

        return PropertyDescriptor.Data(value, flags);
    }

    /// <see href="https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-defineownproperty-p-desc"/>
    public virtual bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc) =>
        OrdinaryDefineOwnProperty(key, desc);

    /// <see href="https://tc39.es/ecma262/#sec-ordinarydefineownproperty"/>
    protected bool OrdinaryDefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        bool exists = TryGetOwnStorage(key, out JsValue currentValue, out PropertyFlags currentFlags);
        return ValidateAndApplyPropertyDescriptor(key, IsExtensible(), desc, exists, currentValue, currentFlags);
    }

    /// <see href="https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor"/>
    protected bool ValidateAndApplyPropertyDescriptor(
        in PropertyKey key, bool extensible, in PropertyDescriptor desc, bool exists, JsValue currentValue, PropertyFlags current)
    {
        // 2. If current is undefined, then
        if (!exists)
        {
            // a. If extensible is false, return false.
            if (!extensible) return false;

            // c-d. Create an accessor or data property with defaults for absent fields.
            if (desc.IsAccessorDescriptor)
            {
                var flags = PropertyFlags.Accessor
                    | (desc.Enumerable ? PropertyFlags.Enumerable : 0)
                    | (desc.Configurable ? PropertyFlags.Configurable : 0);
                AddOwnStorage(key, JsValue.FromRef(new JsAccessor(desc.Get, desc.Set)), flags);
            }
            else
            {
                var flags = (desc.Writable ? PropertyFlags.Writable : 0)
                    | (desc.Enumerable ? PropertyFlags.Enumerable : 0)
                    | (desc.Configurable ? PropertyFlags.Configurable : 0);
                AddOwnStorage(key, desc.HasValue ? desc.Value : default, flags);
            }

            return true;
        }

        bool isAccessor = (current & PropertyFlags.Accessor) != 0;
        bool configurable = (current & PropertyFlags.Configurable) != 0;
        bool enumerable = (current & PropertyFlags.Enumerable) != 0;
        bool writable = (current & PropertyFlags.Writable) != 0;

        // 4. If current.[[Configurable]] is false, then
        if (!configurable)
        {
            // a. If Desc has a [[Configurable]] field and Desc.[[Configurable]] is true, return false.
            if (desc.HasConfigurable && desc.Configurable) return false;

            // b. If Desc has an [[Enumerable]] field and it differs from current's, return false.
            if (desc.HasEnumerable && desc.Enumerable != enumerable) return false;

            // c. If IsGenericDescriptor(Desc) is false and IsAccessorDescriptor(Desc) differs from current's, return false.
            if (!desc.IsGenericDescriptor && desc.IsAccessorDescriptor != isAccessor) return false;

            if (isAccessor)
            {
                // d. If current is an accessor: [[Get]]/[[Set]] must not change.
                var acc = (JsAccessor)currentValue._ref!;
                if (desc.HasGet && !ReferenceEquals(desc.Get, acc.Getter)) return false;
                if (desc.HasSet && !ReferenceEquals(desc.Set, acc.Setter)) return false;
            }
            else if (!writable)
            {
                // e. If current.[[Writable]] is false: no change to writable or value.
                if (desc.HasWritable && desc.Writable) return false;
                if (desc.HasValue && !Operations.SameValue(desc.Value, ReadLazy(key, currentValue))) return false;
            }
        }

        // 6. Apply the changes.
        JsValue newValue;
        PropertyFlags newFlags;
        if (desc.IsAccessorDescriptor || (isAccessor && desc.IsGenericDescriptor))
        {
            JsAccessor? old = isAccessor ? (JsAccessor)currentValue._ref! : null;
            JsFunction? getter = desc.HasGet ? desc.Get : old?.Getter;
            JsFunction? setter = desc.HasSet ? desc.Set : old?.Setter;
            newValue = JsValue.FromRef(new JsAccessor(getter, setter));
            newFlags = PropertyFlags.Accessor;
        }
        else
        {
            // Data descriptor, or a generic one on a data property.
            newValue = desc.HasValue ? desc.Value : (isAccessor ? default : currentValue);
            bool newWritable = desc.HasWritable ? desc.Writable : (!isAccessor && writable);
            newFlags = newWritable ? PropertyFlags.Writable : 0;
        }

        if (desc.HasEnumerable ? desc.Enumerable : enumerable) newFlags |= PropertyFlags.Enumerable;
        if (desc.HasConfigurable ? desc.Configurable : configurable) newFlags |= PropertyFlags.Configurable;

        if (isAccessor && !desc.IsAccessorDescriptor && !desc.IsDataDescriptor)
        {
            // A generic descriptor keeps the existing accessor pair.
            newValue = currentValue;
        }

        WriteOwnStorage(key, newValue, newFlags, current);
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-hasproperty-p"/>
    public virtual bool HasProperty(in PropertyKey key)
    {
        for (JsObject? o = this; o is not null;)
        {
            if (o.IsExoticFor(key))
            {
                // A prototype with its own [[HasProperty]] for this key answers for the rest of the chain.
                if (!ReferenceEquals(o, this)) return o.HasProperty(key);
                if (o.GetOwnProperty(key, out _)) return true;
                if ((o._objectFlags & ObjectFlags.ExoticPrototype) != 0)
                {
                    JsObject? p = o.GetPrototypeOf();
                    return p is not null && p.HasProperty(key);
                }
            }
            else if (o.TryGetOwnStorage(key, out _, out _))
            {
                return true;
            }

            o = o._prototype;
        }

        return false;
    }

    /// <summary>[[Get]] with this object as the receiver.</summary>
    public JsValue Get(in PropertyKey key) => Get(key, JsValue.FromRef(this));

    /// <see href="https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-get-p-receiver"/>
    public virtual JsValue Get(in PropertyKey key, JsValue receiver)
    {
        JsObject? o = this;
        while (o is not null)
        {
            if (!ReferenceEquals(o, this) && o.IsExoticFor(key))
            {
                // A prototype with its own [[Get]] for this key (array, proxy, …) answers for the rest of the chain.
                return o.Get(key, receiver);
            }

            if (o.TryGetOwnStorage(key, out JsValue value, out PropertyFlags flags))
            {
                if ((flags & PropertyFlags.Special) != 0)
                {
                    return ReferenceEquals(o, this) ? throw MissingOverride(key) : o.Get(key, receiver);
                }

                if ((flags & PropertyFlags.Accessor) != 0)
                {
                    JsFunction? getter = ((JsAccessor)value._ref!).Getter;
                    return getter is null ? default : getter.Call0(receiver);
                }

                return value.IsLazy ? o.MaterializeLazy(key) : value;
            }

            o = o._prototype;
        }

        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-set-p-v-receiver"/>
    public virtual bool Set(in PropertyKey key, JsValue value, JsValue receiver) => OrdinarySet(key, value, receiver);

    /// <summary>[[Set]] with this object as the receiver.</summary>
    public bool Set(in PropertyKey key, JsValue value) => Set(key, value, JsValue.FromRef(this));

    /// <see href="https://tc39.es/ecma262/#sec-ordinaryset"/>
    protected bool OrdinarySet(in PropertyKey key, JsValue value, JsValue receiver)
    {
        // OrdinarySetWithOwnDescriptor, walking the chain iteratively.
        JsObject? o = this;
        bool found = false;
        PropertyFlags flags = 0;
        JsValue current = default;
        while (o is not null)
        {
            if (!ReferenceEquals(o, this) && o.IsExoticFor(key))
            {
                return o.Set(key, value, receiver);
            }

            if (o.TryGetOwnStorage(key, out current, out flags))
            {
                if ((flags & PropertyFlags.Special) != 0)
                {
                    return ReferenceEquals(o, this) ? throw MissingOverride(key) : o.Set(key, value, receiver);
                }

                found = true;
                break;
            }

            o = o._prototype;
        }

        if (found && (flags & PropertyFlags.Accessor) != 0)
        {
            // 3. Accessor: call the setter, or fail without one.
            JsFunction? setter = ((JsAccessor)current._ref!).Setter;
            if (setter is null) return false;
            setter.Call1(receiver, value);
            return true;
        }

        // 2.a. If ownDesc.[[Writable]] is false, return false.
        if (found && (flags & PropertyFlags.Writable) == 0) return false;

        // 2.b. If Receiver is not an Object, return false.
        if (receiver._ref is not JsObject target) return false;

        if (ReferenceEquals(target, o) && !target.IsExoticFor(key))
        {
            // Fast path: the receiver owns a writable data property.
            target.WriteOwnStorage(key, value, flags, flags);
            return true;
        }

        return CreateOrUpdateOnReceiver(target, key, value);
    }

    /// <summary>Steps 2.c–2.e of OrdinarySetWithOwnDescriptor.</summary>
    internal static bool CreateOrUpdateOnReceiver(JsObject target, in PropertyKey key, JsValue value)
    {
        // c. Let existingDescriptor be ? Receiver.[[GetOwnProperty]](P).
        if (target.GetOwnProperty(key, out PropertyDescriptor existing))
        {
            // d.i-ii. An accessor or a read-only data property: return false.
            if (existing.IsAccessorDescriptor || !existing.Writable) return false;

            // iii-iv. Receiver.[[DefineOwnProperty]](P, { [[Value]]: V }).
            return target.DefineOwnProperty(key, new PropertyDescriptor { Value = value, HasValue = true });
        }

        // e. CreateDataProperty(Receiver, P, V).
        return target.DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Default));
    }

    /// <see href="https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-delete-p"/>
    public virtual bool Delete(in PropertyKey key)
    {
        if (!TryGetOwnStorage(key, out _, out PropertyFlags flags)) return true;
        if ((flags & PropertyFlags.Configurable) == 0) return false;
        RemoveOwnStorage(key);
        return true;
    }

    /// <summary>[[OwnPropertyKeys]]: indices ascending, then strings, then symbols, each in creation order.</summary>
    public virtual void OwnPropertyKeys(List<PropertyKey> keys)
    {
        if (_elements is not null)
        {
            foreach (uint i in _elements.Keys) keys.Add(PropertyKey.FromIndex(i));
        }

        CollectNamedKeys(keys);
    }

    protected void CollectNamedKeys(List<PropertyKey> keys)
    {
        if (_map is not null)
        {
            _map.CollectKeys(keys, symbols: false);
            _map.CollectKeys(keys, symbols: true);
            return;
        }

        if (_shape.Count == 0) return;
        PropertyKey[] shapeKeys = _shape.Keys;
        bool anySymbol = false;
        foreach (var k in shapeKeys)
        {
            if (k.IsSymbol) anySymbol = true;
            else keys.Add(k);
        }

        if (anySymbol)
        {
            foreach (var k in shapeKeys)
            {
                if (k.IsSymbol) keys.Add(k);
            }
        }
    }

    public List<PropertyKey> OwnPropertyKeys()
    {
        var keys = new List<PropertyKey>();
        OwnPropertyKeys(keys);
        return keys;
    }

    /// <summary>Whether [[Get]]/[[Set]]/[[GetOwnProperty]] for this key must go through the virtual methods.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsExoticFor(in PropertyKey key) =>
        (_objectFlags & (key.IsIndex ? ObjectFlags.ExoticLookup | ObjectFlags.ExoticIndices : ObjectFlags.ExoticLookup | ObjectFlags.ExoticNamedKeys)) != 0
        && (key.IsIndex || (_objectFlags & ObjectFlags.ExoticLookup) != 0 || IsExoticNamedKey(key));

    /// <summary>
    /// For objects flagged <see cref="ObjectFlags.ExoticNamedKeys"/>: whether this non-index key goes through
    /// the virtual internal methods (a typed array's canonical numeric strings such as "-0" or "1.5").
    /// </summary>
    protected internal virtual bool IsExoticNamedKey(in PropertyKey key) => false;

    private InvalidOperationException MissingOverride(in PropertyKey key) =>
        new($"{GetType().Name} stores '{key}' as a special property but does not override its internal methods.");

    /// <summary>
    /// IsArray for an object flagged <see cref="ObjectFlags.Proxy"/>: a proxy answers for its target, and a
    /// revoked one throws a TypeError (<see href="https://tc39.es/ecma262/#sec-isarray"/> step 3).
    /// </summary>
    protected internal virtual bool ProxyIsArray() => false;

    /// <summary>
    /// Stores the value a MaterializeLazy built, by key: the object may have left its shape for dictionary
    /// mode since the lazy slot was created (freeze, attribute changes, deletes), so slot numbers are not
    /// reliable here. Attributes are kept.
    /// </summary>
    protected void StoreMaterialized(in PropertyKey key, JsValue value)
    {
        if (TryGetOwnStorage(key, out JsValue current, out PropertyFlags flags) && current.IsLazy)
        {
            WriteOwnStorage(key, value, flags, flags);
        }
    }

    /// <summary>Builds the value of a slot that holds JsValue.Lazy, stores it and returns it.</summary>
    protected internal virtual JsValue MaterializeLazy(in PropertyKey key) =>
        throw new InvalidOperationException($"{GetType().Name} has a lazy slot for '{key}' but no materializer.");

    private JsValue ReadLazy(in PropertyKey key, JsValue value) => value.IsLazy ? MaterializeLazy(key) : value;

    // ------------------------------------------------------------------------------------------------
    // Storage primitives: no spec semantics, no prototype chain.
    // ------------------------------------------------------------------------------------------------

    /// <summary>Reads own storage (shape slots, dictionary or elements). Lazy values are returned as is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetOwnStorage(in PropertyKey key, out JsValue value, out PropertyFlags flags)
    {
        if (key.IsIndex)
        {
            if (_elements is not null && _elements.TryGet(key.Index, out value, out flags)) return true;
            value = default;
            flags = 0;
            return false;
        }

        if (_map is null)
        {
            if (_shape.TryGetSlot(key, out int slot, out flags))
            {
                value = _slots[slot];
                return true;
            }

            value = default;
            return false;
        }

        if (_map.TryGet(key, out int entry))
        {
            ref var e = ref _map[entry];
            value = e.Value;
            flags = e.Flags;
            return true;
        }

        value = default;
        flags = 0;
        return false;
    }

    /// <summary>Adds a property that the caller knows is absent.</summary>
    internal void AddOwnStorage(in PropertyKey key, JsValue value, PropertyFlags flags)
    {
        if (key.IsIndex)
        {
            (_elements ??= new ElementMap()).Set(key.Index, value, flags);
            return;
        }

        if (_map is not null)
        {
            _map.Add(key, value, flags);
            return;
        }

        if (_shape.Count >= Shape.MaxShapeProperties)
        {
            ConvertToDictionaryMode();
            _map!.Add(key, value, flags);
            return;
        }

        Shape next = _shape.AddProperty(key, flags);
        int slot = next.Count - 1;
        if (slot >= _slots.Length)
        {
            GrowSlots(slot + 1);
        }

        _slots[slot] = value;
        _shape = next;
    }

    /// <summary>The add step an inline cache replays: the new shape and slot are already known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddWithShape(Shape next, JsValue value)
    {
        int slot = next.Count - 1;
        if (slot >= _slots.Length)
        {
            GrowSlots(slot + 1);
        }

        _slots[slot] = value;
        _shape = next;
    }

    private void GrowSlots(int needed)
    {
        int size = Math.Max(needed, _slots.Length < 4 ? 4 : _slots.Length * 2);
        var slots = new JsValue[size];
        Array.Copy(_slots, slots, _slots.Length);
        _slots = slots;
    }

    /// <summary>Writes an existing own property's value and, if they differ, its attributes.</summary>
    internal void WriteOwnStorage(in PropertyKey key, JsValue value, PropertyFlags flags, PropertyFlags oldFlags)
    {
        if (key.IsIndex)
        {
            _elements!.Set(key.Index, value, flags);
            return;
        }

        if (_map is null && flags != oldFlags)
        {
            ConvertToDictionaryMode();
        }

        if (_map is not null)
        {
            _map.TryGet(key, out int entry);
            ref var e = ref _map[entry];
            e.Value = value;
            e.Flags = flags;
            return;
        }

        _shape.TryGetSlot(key, out int slot, out _);
        _slots[slot] = value;
    }

    internal void RemoveOwnStorage(in PropertyKey key)
    {
        if (key.IsIndex)
        {
            _elements?.Remove(key.Index);
            return;
        }

        if (_map is null)
        {
            if (_shape.Count > 0 && _shape.LastKey.Equals(key))
            {
                // Deleting the last-added property goes back to the parent shape: still cacheable.
                _slots[_shape.Count - 1] = default;
                _shape = _shape.Parent!;
                return;
            }

            ConvertToDictionaryMode();
        }

        _map!.Remove(key);
    }

    internal void ConvertToDictionaryMode()
    {
        if (_map is not null) return;
        var map = new PropertyMap(_shape.Count + 4);
        if (_shape.Count > 0)
        {
            PropertyKey[] keys = _shape.Keys;
            PropertyFlags[] flags = _shape.FlagsBySlot;
            for (int i = 0; i < keys.Length; i++)
            {
                map.Add(keys[i], _slots[i], flags[i]);
            }
        }

        _map = map;
        _slots = s_noSlots;
        _shape = Shape.DictionaryMode;
    }

    /// <summary>Sets the attributes of every own property (freeze/seal), then forbids extension.</summary>
    internal void SetAllFlags(Func<PropertyFlags, PropertyFlags> change)
    {
        ConvertToDictionaryMode();
        foreach (int e in _map!.LiveEntries())
        {
            ref var entry = ref _map[e];
            entry.Flags = change(entry.Flags);
        }

        if (_elements is not null)
        {
            foreach (uint i in _elements.Keys.ToArray())
            {
                _elements.TryGet(i, out var v, out var f);
                _elements.Set(i, v, change(f));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Conveniences for the runtime (not spec operations).
    // ------------------------------------------------------------------------------------------------

    /// <summary>CreateDataProperty for an object known to be ordinary and extensible; no checks.</summary>
    public void FastAddProperty(in PropertyKey key, JsValue value, PropertyFlags flags = PropertyFlags.Default) =>
        AddOwnStorage(key, value, flags);

    /// <summary>Defines or overwrites a data property with the given attributes (like DefinePropertyOrThrow on a fresh object).</summary>
    public void DefineDataProperty(in PropertyKey key, JsValue value, PropertyFlags flags = PropertyFlags.Default)
    {
        if (TryGetOwnStorage(key, out _, out PropertyFlags old))
        {
            WriteOwnStorage(key, value, flags, old);
        }
        else
        {
            AddOwnStorage(key, value, flags);
        }
    }

    /// <summary>Defines an accessor property (used by builtins and object literals).</summary>
    public void DefineAccessorProperty(in PropertyKey key, JsFunction? getter, JsFunction? setter, PropertyFlags flags)
    {
        var value = JsValue.FromRef(new JsAccessor(getter, setter));
        flags |= PropertyFlags.Accessor;
        flags &= ~PropertyFlags.Writable;
        if (TryGetOwnStorage(key, out _, out PropertyFlags old))
        {
            WriteOwnStorage(key, value, flags, old);
        }
        else
        {
            AddOwnStorage(key, value, flags);
        }
    }

    public override string ToString() => "[object " + ClassName + "]";
}

[Flags]
public enum ObjectFlags : ushort
{
    None = 0,
    NotExtensible = 1,

    /// <summary>
    /// Every key goes through the virtual internal methods (proxies, exotic objects with dynamic names):
    /// prototype walks that meet this object call them, and inline caches never record a chain through it.
    /// </summary>
    ExoticLookup = 2,

    /// <summary>[[GetPrototypeOf]] is not the ordinary one (proxies).</summary>
    ExoticPrototype = 4,

    /// <summary>The object is callable (has [[Call]]).</summary>
    Callable = 8,

    /// <summary>An array exotic object (IsArray is true).</summary>
    Array = 16,

    /// <summary>Array-index keys go through the virtual internal methods (arrays, string wrappers, arguments).</summary>
    ExoticIndices = 32,

    /// <summary>
    /// Some non-index string keys go through the virtual internal methods; the object's IsExoticNamedKey
    /// says which (typed arrays: canonical numeric strings such as "-0", "1.5", "Infinity").
    /// </summary>
    ExoticNamedKeys = 64,

    /// <summary>A Proxy exotic object: IsArray asks <see cref="JsObject.ProxyIsArray"/>.</summary>
    Proxy = 128,
}
