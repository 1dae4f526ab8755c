// JsArray: an Array exotic object with dense element storage.
//
// Invariants:
// - Elements 0.._dense.Length-1 live in _dense; a hole is JsValue.Hole. Indices at or beyond _length are
//   holes whatever _dense holds past it (_dense is cleared on truncation).
// - An array whose elements stop fitting the dense layout (an index far past the end, a non-default
//   attribute on an element, a non-writable length) moves its elements to a sparse ElementMap for good.
// - "length" is a Special property in the shape (so key order and attributes are right); its value is
//   _length, read and written only through the overrides below. Caches never record it: the compiler
//   emits a dedicated length operation instead.
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

public sealed class JsArray : JsObject
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Array)
        .AddProperty("length", PropertyFlags.Writable | PropertyFlags.Special);

    private const int MaxDenseGap = 1024;

    internal JsValue[] _dense;
    internal uint _length;
    private bool _sparse;          // elements live in _elements (with attributes)
    private bool _lengthReadOnly;

    public JsArray(JsObject? prototype, int capacity = 0)
        : base(prototype, s_shape)
    {
        _dense = capacity == 0 ? [] : new JsValue[capacity];
        _dense.AsSpan().Fill(JsValue.Hole);
        _objectFlags |= ObjectFlags.Array | ObjectFlags.ExoticIndices;
    }

    /// <summary>An array that takes ownership of <paramref name="elements"/> (holes allowed).</summary>
    public JsArray(JsObject? prototype, JsValue[] elements, int length)
        : this(prototype)
    {
        _dense = elements;
        _length = (uint)length;
    }

    public static JsArray Create(Realm realm, int capacity = 0) => new(realm.Intrinsics.ArrayPrototype, capacity);

    /// <summary>A dense array that takes <paramref name="elements"/> as its storage (the caller gives it up).</summary>
    internal static JsArray FromArray(Realm realm, JsValue[] elements) =>
        new(realm.Intrinsics.ArrayPrototype, elements, elements.Length);

    public static JsArray FromList(Realm realm, IReadOnlyList<JsValue> items)
    {
        var elements = new JsValue[items.Count];
        for (int i = 0; i < elements.Length; i++) elements[i] = items[i];
        return new JsArray(realm.Intrinsics.ArrayPrototype, elements, elements.Length);
    }

    public override string ClassName => "Array";

    public uint Length { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _length; }

    internal bool IsDense => !_sparse;

    /// <summary>
    /// Whether Push can append in place: dense, extensible, writable length, room left, and no indexed
    /// property on the prototype chain (a setter or a read-only element there would intercept the Set).
    /// </summary>
    internal bool CanFastAppend
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get =>
        !_sparse && !_lengthReadOnly && (_objectFlags & ObjectFlags.NotExtensible) == 0 && _length < PropertyKey.MaxIndex
        && (_prototype is null || !CompilerServices.Ops.ProtoChainHasIndexedProperties(_prototype));
    }

    /// <summary>Whether Array.prototype.push of <paramref name="count"/> values can append in place (CanFastAppend with room for all).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool CanFastAppendCount(int count) => CanFastAppend && _length + (uint)count < PropertyKey.MaxIndex;

    /// <summary>Reads an element of a dense array, or returns false (hole, sparse, out of range).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetDense(uint index, out JsValue value)
    {
        if (index < _length && index < (uint)_dense.Length)
        {
            value = _dense[index];
            return !value.IsHole;
        }

        value = default;
        return false;
    }

    /// <summary>Writes an element in place when the array is dense and the index is in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TrySetDense(uint index, JsValue value)
    {
        if (index < _length && index < (uint)_dense.Length && !_dense[index].IsHole)
        {
            _dense[index] = value;
            return true;
        }

        return false;
    }

    /// <summary>
    /// [[Set]] of an index that is a hole below the length, done as the spec's OrdinarySet ends up doing it
    /// when no prototype has indexed properties (so none has a setter or a read-only element for it) and the
    /// array is extensible: a new writable, enumerable, configurable element, here a dense store. `new
    /// Array(n)` filled by index takes this path for every element.
    /// </summary>
    internal bool TryFillHole(uint index, JsValue value)
    {
        if (_sparse || index >= _length || index >= (uint)_dense.Length || !_dense[index].IsHole) return false;
        if ((_objectFlags & ObjectFlags.NotExtensible) != 0) return false;
        if (_prototype is not null && CompilerServices.Ops.ProtoChainHasIndexedProperties(_prototype)) return false;
        _dense[index] = value;
        return true;
    }

    /// <summary>
    /// The dense elements from <paramref name="start"/> up to <paramref name="end"/> (clamped to the length and
    /// the storage), holes included: a search may read them directly as long as it treats a hole as "ask the
    /// generic path" and runs no script while it holds the span.
    /// </summary>
    internal ReadOnlySpan<JsValue> DenseSpan(double start, double end)
    {
        if (_sparse || start >= _length) return default;
        double stop = Math.Min(Math.Min(end, _length), _dense.Length);
        return start >= stop ? default : _dense.AsSpan((int)start, (int)(stop - start));
    }

    /// <summary>
    /// Stores <paramref name="items"/> (holes included) at <paramref name="at"/> onwards in a fresh array of the
    /// caller's own (no code has seen it, so nothing can observe the stores): slice and concat copying a dense
    /// source's storage. The length grows to cover the run; false (nothing done) for a sparse array or a run
    /// past the largest storage.
    /// </summary>
    internal bool TryStoreRunInFresh(double at, ReadOnlySpan<JsValue> items)
    {
        if (_sparse || at + items.Length > Array.MaxLength) return false;
        uint end = (uint)at + (uint)items.Length;
        EnsureCapacity(end);
        items.CopyTo(_dense.AsSpan((int)at));
        if (end > _length) _length = end;
        return true;
    }

    /// <summary>
    /// Array.prototype.splice's element moves (steps 16-21) done in the dense storage: only for an
    /// extensible array with a writable length whose length is <paramref name="length"/>, when nothing on the
    /// prototype chain has indexed properties (the caller checks that). Then every Get, Set and Delete of those
    /// steps is an own data property access with no observable effect: a present element moves, and a hole
    /// (HasProperty false) deletes its destination, which leaves a hole there, so moving the storage holes
    /// included is the same. Returns false (nothing done) otherwise.
    /// </summary>
    internal bool TrySpliceDense(uint length, uint start, uint deleteCount, ReadOnlySpan<JsValue> items)
    {
        if (_sparse || _lengthReadOnly || !IsExtensibleFast || length != _length || length > (uint)_dense.Length) return false;
        long newLength = (long)length - deleteCount + items.Length;
        if (newLength > uint.MaxValue - 1) return false;

        int tail = (int)(length - start - deleteCount);
        if (items.Length > deleteCount) EnsureCapacity((uint)newLength);
        Array.Copy(_dense, start + deleteCount, _dense, start + items.Length, tail);
        items.CopyTo(_dense.AsSpan((int)start));
        if (newLength < length) _dense.AsSpan((int)newLength, (int)(length - newLength)).Fill(JsValue.Hole);
        _length = (uint)newLength;
        return true;
    }

    /// <summary>Appends like Array.prototype.push on an ordinary, extensible dense array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(JsValue value)
    {
        if (_sparse || _lengthReadOnly || !IsExtensibleFast || _length >= uint.MaxValue - 1)
        {
            SetIndex(_length, value);
            return;
        }

        EnsureCapacity(_length + 1);
        _dense[_length] = value;
        _length++;
    }

    /// <summary>
    /// Removes and returns the last element like Array.prototype.pop when it is an own element of a dense
    /// array with a writable length (no getter, no hole to look up on the prototype); false otherwise, and
    /// the caller takes the spec's Get/Delete/Set path.
    /// </summary>
    internal bool TryPopDense(out JsValue value)
    {
        if (!_sparse && !_lengthReadOnly && _length > 0 && _length <= (uint)_dense.Length)
        {
            uint last = _length - 1;
            value = _dense[last];
            if (!value.IsHole)
            {
                _dense[last] = JsValue.Hole;
                _length = last;
                return true;
            }
        }

        value = default;
        return false;
    }

    private bool IsExtensibleFast => (_objectFlags & ObjectFlags.NotExtensible) == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureCapacity(uint needed)
    {
        if (needed > (uint)_dense.Length) Grow(needed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(uint needed)
    {
        long size = Math.Max(needed, Math.Max(4, (long)_dense.Length * 2));
        size = Math.Min(size, Array.MaxLength);
        int oldLength = _dense.Length;
        Array.Resize(ref _dense, (int)size);
        // New capacity beyond the old length starts as holes.
        _dense.AsSpan(oldLength).Fill(JsValue.Hole);
    }

    private void SetIndex(uint index, JsValue value)
    {
        DefineOwnProperty(PropertyKey.FromIndex(index), PropertyDescriptor.Data(value, PropertyFlags.Default));
    }

    private void ConvertToSparse()
    {
        if (_sparse) return;
        var map = _elements ??= new ElementMap();
        uint n = Math.Min(_length, (uint)_dense.Length);
        for (uint i = 0; i < n; i++)
        {
            if (!_dense[i].IsHole) map.Set(i, _dense[i], PropertyFlags.Default);
        }

        _dense = [];
        _sparse = true;
    }

    private bool TryGetElement(uint index, out JsValue value, out PropertyFlags flags)
    {
        if (!_sparse)
        {
            flags = PropertyFlags.Default;
            return TryGetDense(index, out value);
        }

        if (index < _length) return _elements!.TryGet(index, out value, out flags);
        value = default;
        flags = 0;
        return false;
    }

    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor)
    {
        if (key.IsIndex)
        {
            if (TryGetElement(key.Index, out JsValue v, out PropertyFlags f))
            {
                descriptor = (f & PropertyFlags.Accessor) != 0
                    ? PropertyDescriptor.Accessor(((JsAccessor)v._ref!).Getter, ((JsAccessor)v._ref!).Setter, f)
                    : PropertyDescriptor.Data(v, f);
                return true;
            }

            descriptor = default;
            return false;
        }

        if (IsLengthKey(key))
        {
            descriptor = PropertyDescriptor.Data(JsValue.FromNumber(_length), _lengthReadOnly ? PropertyFlags.None : PropertyFlags.Writable);
            return true;
        }

        return base.GetOwnProperty(key, out descriptor);
    }

    private static bool IsLengthKey(in PropertyKey key) => key.RawName is string s && s == "length";

    public override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        if (key.IsIndex)
        {
            if (TryGetElement(key.Index, out JsValue v, out PropertyFlags f))
            {
                if ((f & PropertyFlags.Accessor) != 0)
                {
                    JsFunction? g = ((JsAccessor)v._ref!).Getter;
                    return g is null ? default : g.Call0(receiver);
                }

                return v;
            }

            return _prototype is null ? default : _prototype.Get(key, receiver);
        }

        if (IsLengthKey(key)) return JsValue.FromNumber(_length);
        return base.Get(key, receiver);
    }

    public override bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        if (key.IsIndex && ReferenceEquals(receiver._ref, this) && TrySetDense(key.Index, value))
        {
            return true;
        }

        if (key.IsIndex || IsLengthKey(key))
        {
            // OrdinarySet with this object's own descriptor.
            if (GetOwnProperty(key, out PropertyDescriptor own))
            {
                if (own.IsAccessorDescriptor)
                {
                    if (own.Set is null) return false;
                    own.Set.Call1(receiver, value);
                    return true;
                }

                if (!own.Writable) return false;
                if (receiver._ref is not JsObject target) return false;
                if (ReferenceEquals(target, this))
                {
                    return DefineOwnProperty(key, new PropertyDescriptor { Value = value, HasValue = true });
                }

                return CreateOrUpdateOnReceiver(target, key, value);
            }

            if (_prototype is not null)
            {
                return _prototype.Set(key, value, receiver);
            }

            if (receiver._ref is not JsObject r) return false;
            return CreateOrUpdateOnReceiver(r, key, value);
        }

        return base.Set(key, value, receiver);
    }

    /// <see href="https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc"/>
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (IsLengthKey(key))
        {
            return ArraySetLength(desc);
        }

        if (!key.IsIndex)
        {
            return OrdinaryDefineOwnProperty(key, desc);
        }

        uint index = key.Index;

        // 1.b-c. If index >= length and length is not writable, return false.
        if (index >= _length && _lengthReadOnly) return false;

        bool plain = desc.HasValue && !desc.IsAccessorDescriptor
            && (!desc.HasWritable || desc.Writable) && (!desc.HasEnumerable || desc.Enumerable) && (!desc.HasConfigurable || desc.Configurable);

        if (!_sparse)
        {
            bool exists = TryGetDense(index, out _);
            if (exists && plain)
            {
                _dense[index] = desc.Value;
                return true;
            }

            if (!exists && plain && desc.HasWritable && desc.HasEnumerable && desc.HasConfigurable && IsExtensibleFast
                && index <= (ulong)_length + MaxDenseGap)
            {
                EnsureCapacity(index + 1);
                _dense[index] = desc.Value;
                if (index >= _length) _length = index + 1;
                return true;
            }

            if (exists && desc.IsGenericDescriptor && !desc.HasConfigurable && !desc.HasEnumerable)
            {
                return true;
            }

            ConvertToSparse();
        }

        // Sparse: ordinary semantics on the element map.
        bool found = _elements!.TryGet(index, out JsValue current, out PropertyFlags flags);
        if (!ValidateAndApplyPropertyDescriptor(key, IsExtensible(), desc, found, current, flags))
        {
            return false;
        }

        if (index >= _length) _length = index + 1;
        return true;
    }

    /// <summary>
    /// ArraySetLength steps 3-5 for a value that is not already a number: newLen = ToUint32(value),
    /// numberLen = ToNumber(value) (the spec converts twice, so valueOf runs twice), RangeError if they differ.
    /// The object model has no realm, so callers with one convert first and pass the number on.
    /// </summary>
    public static JsValue CoerceLength(Realm realm, JsValue value)
    {
        uint newLen = Operations.ToUint32(realm, value);
        double numberLen = Operations.ToNumber(realm, value);
        if (newLen != numberLen) throw realm.RangeError("Invalid array length");
        return JsValue.FromNumber(numberLen);
    }

    /// <see href="https://tc39.es/ecma262/#sec-arraysetlength"/>
    private bool ArraySetLength(in PropertyDescriptor desc)
    {
        if (!desc.HasValue)
        {
            // A generic or attribute-only change of length.
            if (desc.IsAccessorDescriptor) return false;
            if (desc.HasConfigurable && desc.Configurable) return false;
            if (desc.HasEnumerable && desc.Enumerable) return false;
            if (desc.HasWritable && desc.Writable && _lengthReadOnly) return false;
            if (desc.HasWritable && !desc.Writable) _lengthReadOnly = true;
            return true;
        }

        // The caller has converted the value (ArraySetLength's ToUint32/ToNumber checks happen in the
        // builtins that can throw RangeError with a realm); here it must already be a valid length.
        double number = desc.Value.IsNumber ? desc.Value.AsNumber : double.NaN;
        uint newLen = (uint)number;
        if (newLen != number)
        {
            throw new JsRangeErrorSignal("Invalid array length");
        }

        if (desc.HasConfigurable && desc.Configurable) return false;
        if (desc.HasEnumerable && desc.Enumerable) return false;
        if (desc.IsAccessorDescriptor) return false;

        if (newLen >= _length)
        {
            if (_lengthReadOnly && newLen != _length) return false;
            if (desc.HasWritable && desc.Writable && _lengthReadOnly) return false;
            _length = newLen;
            if (desc.HasWritable && !desc.Writable) _lengthReadOnly = true;
            return true;
        }

        if (_lengthReadOnly) return false;

        if (!_sparse)
        {
            if ((uint)_dense.Length > newLen)
            {
                _dense.AsSpan((int)newLen).Fill(JsValue.Hole);
            }

            _length = newLen;
        }
        else
        {
            // Delete from the end; stop at a non-configurable element.
            foreach (uint i in _elements!.Keys.Where(k => k >= newLen).OrderByDescending(k => k).ToArray())
            {
                _elements.TryGet(i, out _, out PropertyFlags f);
                if ((f & PropertyFlags.Configurable) == 0)
                {
                    _length = i + 1;
                    if (desc.HasWritable && !desc.Writable) _lengthReadOnly = true;
                    return false;
                }

                _elements.Remove(i);
            }

            _length = newLen;
        }

        if (desc.HasWritable && !desc.Writable) _lengthReadOnly = true;
        return true;
    }

    public override bool Delete(in PropertyKey key)
    {
        if (key.IsIndex)
        {
            uint index = key.Index;
            if (!_sparse)
            {
                if (index < _length && index < (uint)_dense.Length) _dense[index] = JsValue.Hole;
                return true;
            }

            if (_elements!.TryGet(index, out _, out PropertyFlags f))
            {
                if ((f & PropertyFlags.Configurable) == 0) return false;
                _elements.Remove(index);
            }

            return true;
        }

        if (IsLengthKey(key)) return false;
        return base.Delete(key);
    }

    public override bool HasProperty(in PropertyKey key)
    {
        if (key.IsIndex)
        {
            if (TryGetElement(key.Index, out _, out _)) return true;
            return _prototype is not null && _prototype.HasProperty(key);
        }

        return base.HasProperty(key);
    }

    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        if (!_sparse)
        {
            uint n = Math.Min(_length, (uint)_dense.Length);
            for (uint i = 0; i < n; i++)
            {
                if (!_dense[i].IsHole) keys.Add(PropertyKey.FromIndex(i));
            }
        }
        else
        {
            foreach (uint i in _elements!.Keys) keys.Add(PropertyKey.FromIndex(i));
        }

        CollectNamedKeys(keys);
    }

    public override bool PreventExtensions()
    {
        ConvertToSparse();
        return base.PreventExtensions();
    }
}
