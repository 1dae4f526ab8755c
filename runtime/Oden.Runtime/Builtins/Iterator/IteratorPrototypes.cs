namespace Oden.Runtime.Builtins;

/// <summary>%IteratorPrototype%.</summary>
internal static partial class IteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%iteratorprototype%-@@iterator"/>
    [JsFunction("[Symbol.iterator]")]
    private static JsValue Iterator(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;
}

/// <summary>%ArrayIteratorPrototype%.</summary>
[JsToStringTag("Array Iterator")]
internal static partial class ArrayIteratorPrototype
{
}

/// <summary>%StringIteratorPrototype%.</summary>
[JsToStringTag("String Iterator")]
internal static partial class StringIteratorPrototype
{
}

/// <summary>%RegExpStringIteratorPrototype%.</summary>
[JsToStringTag("RegExp String Iterator")]
internal static partial class RegExpStringIteratorPrototype
{
}
