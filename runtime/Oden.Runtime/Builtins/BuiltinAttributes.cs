// The attributes that declare a builtin's JavaScript-visible surface. Oden.Runtime.Generators reads them
// and generates DefineProperties / CreateConstructor / the global table (see BuiltinTableGenerator).
//
// Signatures the generator expects:
//   [JsFunction]    static JsValue M(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
//   [JsGetter]      same signature, called with no arguments; [JsSetter] with one
//   [JsConstructor] static JsValue C(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
//                   (newTarget is null for a plain call)
//   [JsConstant]    a static field or property convertible to JsValue
//   [JsGlobal]      an instance property of Intrinsics convertible to JsValue
// Names of the form "[Symbol.iterator]" are well-known-symbol keys. [JsFunction(Alias = …)] defines the same
// function object under a second key.
namespace Oden.Runtime.Builtins;

[AttributeUsage(AttributeTargets.Method)]
public sealed class JsFunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public int Length { get; set; }
    public PropertyFlags Flags { get; set; } = PropertyFlags.Hidden;

    /// <summary>
    /// A second key that holds the same function object (Array.prototype[Symbol.iterator] === values,
    /// String.prototype.trimLeft === trimStart).
    /// </summary>
    public string? Alias { get; set; }
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class JsGetterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public PropertyFlags Flags { get; set; } = PropertyFlags.Configurable;
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class JsSetterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public PropertyFlags Flags { get; set; } = PropertyFlags.Configurable;
}

[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class JsConstantAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public PropertyFlags Flags { get; set; } = PropertyFlags.None;
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class JsConstructorAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public int Length { get; set; }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class JsToStringTagAttribute(string tag) : Attribute
{
    public string Tag { get; } = tag;
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class JsGlobalAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public PropertyFlags Flags { get; set; } = PropertyFlags.Hidden;
}
