using System.Text;

namespace Oden.Runtime.Builtins;

/// <summary>Node's util.format/util.inspect rules for console output.</summary>
internal static class ConsoleFormatter
{
    public static string FormatArguments(Realm realm, ReadOnlySpan<JsValue> args)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(args[i].IsString ? args[i].AsString() : Operations.ToString(realm, args[i]));
        }

        return sb.ToString();
    }
}
