namespace Oden.Runtime.Builtins;

/// <summary>%RegExp.prototype%'s members.</summary>
[JsToStringTag("RegExp")]
internal static partial class RegExpPrototype
{
}
