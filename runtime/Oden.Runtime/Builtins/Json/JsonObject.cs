namespace Oden.Runtime.Builtins;

/// <summary>The JSON object.</summary>
[JsToStringTag("JSON")]
internal static partial class JsonObject
{
}
