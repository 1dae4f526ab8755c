// PropertyKey: a property name as the object model sees it: an array index (a uint below 2^32-1), a
// string that is not an array index, or a symbol. Canonicalising indices at construction means "1" and
// 1 are the same key everywhere, and index keys never enter shapes.
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

public readonly struct PropertyKey : IEquatable<PropertyKey>
{
    private readonly object? _name; // string or JsSymbol; null for an index
    private readonly uint _index;

    private PropertyKey(object? name, uint index)
    {
        _name = name;
        _index = index;
    }

    /// <summary>The largest array index is 2^32-2.</summary>
    public const uint MaxIndex = uint.MaxValue - 1;

    public static PropertyKey FromIndex(uint index)
    {
        if (index > MaxIndex)
        {
            return new PropertyKey(index.ToString(System.Globalization.CultureInfo.InvariantCulture), 0);
        }

        return new PropertyKey(null, index);
    }

    public static PropertyKey FromSymbol(JsSymbol symbol) => new(symbol, 0);

    public static PropertyKey FromString(string name) =>
        TryParseIndex(name, out uint index) ? new PropertyKey(null, index) : new PropertyKey(name, 0);

    /// <summary>A key for a name the caller knows is not an array index (identifiers).</summary>
    public static PropertyKey FromNonIndexString(string name) => new(name, 0);

    public static implicit operator PropertyKey(string name) => FromString(name);
    public static implicit operator PropertyKey(JsSymbol symbol) => new(symbol, 0);

    /// <summary>A canonical array index: "0" or digits without a leading zero, below 2^32-1.</summary>
    public static bool TryParseIndex(string s, out uint index)
    {
        index = 0;
        int len = s.Length;
        if (len == 0 || len > 10) return false;
        char c0 = s[0];
        if (c0 < '0' || c0 > '9') return false;
        if (c0 == '0')
        {
            return len == 1;
        }

        ulong v = 0;
        for (int i = 0; i < len; i++)
        {
            uint d = (uint)(s[i] - '0');
            if (d > 9) return false;
            v = v * 10 + d;
        }

        if (v > MaxIndex) return false;
        index = (uint)v;
        return true;
    }

    public bool IsIndex
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _name is null;
    }

    public bool IsSymbol => _name is JsSymbol;
    public bool IsString => _name is not JsSymbol;
    public uint Index => _index;
    public JsSymbol Symbol => (JsSymbol)_name!;

    /// <summary>The string form (indices are formatted); invalid for symbols.</summary>
    public string Name => _name is null ? NumberFormatting.ToString(_index) : (string)_name;

    /// <summary>The string or symbol reference, without formatting indices (null for an index).</summary>
    internal object? RawName => _name;

    public JsValue ToJsValue() => _name switch
    {
        null => JsValue.FromString(NumberFormatting.ToString(_index)),
        string s => JsValue.FromString(s),
        _ => JsValue.FromRef(_name),
    };

    public bool Equals(PropertyKey other)
    {
        if (_name is null)
        {
            return other._name is null && _index == other._index;
        }

        if (ReferenceEquals(_name, other._name)) return true;
        return _name is string a && other._name is string b && string.Equals(a, b);
    }

    public override bool Equals(object? obj) => obj is PropertyKey k && Equals(k);

    public override int GetHashCode() => _name switch
    {
        null => (int)_index,
        string s => s.GetHashCode(),
        _ => RuntimeHelpers.GetHashCode(_name),
    };

    public static bool operator ==(PropertyKey a, PropertyKey b) => a.Equals(b);
    public static bool operator !=(PropertyKey a, PropertyKey b) => !a.Equals(b);

    public override string ToString() => _name is JsSymbol s ? s.ToString() : Name;
}
