// UnicodeProperties: the code point sets behind \p{…} and \P{…} (u and v flags).
//
// Invariants:
// - the sets come from UnicodePropertyData.g.cs, generated from node's own engine (the conformance
//   reference) by runtime/tools/gen-unicode-properties.mjs, so a property matches exactly the code
//   points node matches — astral ones included, which .NET's \p{…} (UTF-16 code units, its own
//   Unicode version, no scripts or binary properties) cannot express;
// - names and values are matched exactly, case-sensitively, as ECMAScript requires: a lone name is a
//   General_Category value or a binary property; Name=Value takes General_Category/gc, Script/sc or
//   Script_Extensions/scx. Anything else — including the properties of strings, which this engine
//   does not implement — is a SyntaxError, never an approximate match;
// - decoded sets are cached process-wide; the cache is bounded by the number of properties (441).
using System.Collections.Concurrent;

namespace Oden.Runtime.Builtins;

internal static partial class UnicodeProperties
{
    private const string Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
    private const string More = "ghijklmnopqrstuvwxyz0123456789+/";

    private static readonly ConcurrentDictionary<string, (int Lo, int Hi)[]> s_decoded = new(StringComparer.Ordinal);

    /// <summary>The ECMAScript properties of strings (v flag only): recognised to report them precisely.</summary>
    private static readonly HashSet<string> s_propertiesOfStrings = new(StringComparer.Ordinal)
    {
        "Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence", "RGI_Emoji_Flag_Sequence",
        "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence", "RGI_Emoji",
    };

    /// <summary>
    /// The ranges of \p{body} (sorted, disjoint, code points), or null with an error message for a name
    /// that is not a property (or not one this engine implements).
    /// </summary>
    public static (int Lo, int Hi)[]? Lookup(string body, bool unicodeSets, out string? error)
    {
        error = null;
        string? key;
        int eq = body.IndexOf('=');
        if (eq < 0)
        {
            // UnicodePropertyValueExpression :: LoneUnicodePropertyNameOrValue
            if (s_generalCategoryValues.TryGetValue(body, out string? gc)) key = "gc=" + gc;
            else if (s_propertyNames.TryGetValue(body, out string? name) && name is not ("General_Category" or "Script" or "Script_Extensions")) key = name;
            else key = null;

            if (key is null && unicodeSets && s_propertiesOfStrings.Contains(body))
            {
                error = $"Invalid property name (the property of strings \\p{{{body}}} is not supported)";
                return null;
            }
        }
        else
        {
            // UnicodePropertyValueExpression :: UnicodePropertyName = UnicodePropertyValue
            string name = body[..eq], value = body[(eq + 1)..];
            key = s_propertyNames.GetValueOrDefault(name) switch
            {
                "General_Category" => s_generalCategoryValues.TryGetValue(value, out string? gc) ? "gc=" + gc : null,
                "Script" => s_scriptValues.TryGetValue(value, out string? sc) ? "sc=" + sc : null,
                "Script_Extensions" => s_scriptValues.TryGetValue(value, out string? scx) ? "scx=" + scx : null,
                _ => null,
            };
        }

        if (key is null)
        {
            error ??= "Invalid property name";
            return null;
        }

        return s_decoded.GetOrAdd(key, static k => Decode(s_encodedSets[k]));
    }

    /// <summary>The Unicode version of the tables (node's at generation time).</summary>
    public static string Version => UnicodeVersion;

    private static (int Lo, int Hi)[] Decode(string encoded)
    {
        var result = new List<(int, int)>();
        int i = 0, prev = -1;
        while (i < encoded.Length)
        {
            int gap = ReadNumber(encoded, ref i);
            int length = ReadNumber(encoded, ref i);
            int lo = prev + 1 + gap;
            int hi = lo + length;
            result.Add((lo, hi));
            prev = hi;
        }

        return [.. result];
    }

    private static int ReadNumber(string s, ref int i)
    {
        int value = 0, shift = 0;
        while (true)
        {
            char c = s[i++];
            int digit = Final.IndexOf(c);
            if (digit >= 0) return value | (digit << shift);
            value |= More.IndexOf(c) << shift;
            shift += 5;
        }
    }
}
