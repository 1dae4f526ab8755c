namespace Oden.Runtime;

/// <summary>Property attributes. A data property's value or an accessor's JsAccessor lives in the slot.</summary>
[Flags]
public enum PropertyFlags : byte
{
    None = 0,
    Writable = 1,
    Enumerable = 2,
    Configurable = 4,
    /// <summary>The slot holds a JsAccessor; Writable is meaningless.</summary>
    Accessor = 8,

    /// <summary>
    /// The slot is not the source of truth: the owning object's overridden internal methods produce and
    /// store the value (an array's "length"). Inline caches never record such a property.
    /// </summary>
    Special = 16,

    /// <summary>What assignment and object literals create.</summary>
    Default = Writable | Enumerable | Configurable,
    /// <summary>Builtin methods and class methods: writable, configurable, not enumerable.</summary>
    Hidden = Writable | Configurable,
}

/// <summary>The getter/setter pair stored in the slot of an accessor property.</summary>
public sealed class JsAccessor(JsFunction? getter, JsFunction? setter)
{
    public JsFunction? Getter { get; } = getter;
    public JsFunction? Setter { get; } = setter;
}

/// <summary>
/// A Property Descriptor record: any subset of the fields may be present.
/// <see href="https://tc39.es/ecma262/#sec-property-descriptor-specification-type"/>
/// </summary>
public struct PropertyDescriptor
{
    public JsValue Value;
    public JsFunction? Get;
    public JsFunction? Set;
    public bool Writable;
    public bool Enumerable;
    public bool Configurable;
    public bool HasValue;
    public bool HasGet;
    public bool HasSet;
    public bool HasWritable;
    public bool HasEnumerable;
    public bool HasConfigurable;

    public readonly bool IsAccessorDescriptor => HasGet || HasSet;
    public readonly bool IsDataDescriptor => HasValue || HasWritable;
    public readonly bool IsGenericDescriptor => !IsAccessorDescriptor && !IsDataDescriptor;

    public static PropertyDescriptor Data(JsValue value, PropertyFlags flags) => new()
    {
        Value = value,
        Writable = (flags & PropertyFlags.Writable) != 0,
        Enumerable = (flags & PropertyFlags.Enumerable) != 0,
        Configurable = (flags & PropertyFlags.Configurable) != 0,
        HasValue = true,
        HasWritable = true,
        HasEnumerable = true,
        HasConfigurable = true,
    };

    public static PropertyDescriptor Accessor(JsFunction? get, JsFunction? set, PropertyFlags flags) => new()
    {
        Get = get,
        Set = set,
        Enumerable = (flags & PropertyFlags.Enumerable) != 0,
        Configurable = (flags & PropertyFlags.Configurable) != 0,
        HasGet = true,
        HasSet = true,
        HasEnumerable = true,
        HasConfigurable = true,
    };

    /// <summary>The attributes of a complete descriptor.</summary>
    public readonly PropertyFlags Flags =>
        (Writable && !IsAccessorDescriptor ? PropertyFlags.Writable : 0)
        | (Enumerable ? PropertyFlags.Enumerable : 0)
        | (Configurable ? PropertyFlags.Configurable : 0)
        | (IsAccessorDescriptor ? PropertyFlags.Accessor : 0);
}
