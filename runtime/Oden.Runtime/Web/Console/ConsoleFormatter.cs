// ConsoleFormatter: Node's util.format (formatWithOptions), which console.log and friends apply to their
// arguments. A first argument that is a string may hold format specifiers:
//   %s  String(arg) for primitives; objects without a user toString are inspected at depth 0
//   %d  Number(arg)      %i  parseInt(arg)      %f  parseFloat(arg)      (symbols give NaN)
//   %j  JSON.stringify(arg) ("[Circular]" for cycles)
//   %o  inspect(arg, { showHidden: true, depth: 4 })     %O  inspect(arg)
//   %c  consumes a CSS argument and prints nothing       %%  a single percent sign
// Every remaining argument is appended after a space: strings as they are, anything else inspected.
using System.Text;

namespace Oden.Runtime.Builtins;

internal static class ConsoleFormatter
{
    public static string FormatArguments(Realm realm, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) return "";
        JsValue first = args[0];
        int a = 0;
        var str = new StringBuilder();
        string join = "";

        if (first.IsString)
        {
            string f = first.AsString();
            if (args.Length == 1) return f;
            int lastPos = 0;
            for (int i = 0; i < f.Length - 1; i++)
            {
                if (f[i] != '%') continue;
                char next = f[++i];
                if (a + 1 != args.Length)
                {
                    string temp;
                    switch (next)
                    {
                        case 's':
                            temp = FormatString(realm, args[++a]);
                            break;
                        case 'j':
                            temp = TryStringify(realm, args[++a]);
                            break;
                        case 'd':
                        {
                            JsValue v = args[++a];
                            temp = v.IsBigInt ? v.AsBigInt + "n" : v.IsSymbol ? "NaN" : Inspector.FormatNumber(NumberConstructor.ToNumberFromNumeric(realm, v));
                            break;
                        }

                        case 'O':
                            temp = Inspector.Inspect(realm, args[++a]);
                            break;
                        case 'o':
                            temp = Inspector.Inspect(realm, args[++a], new InspectOptions { ShowHidden = true, Depth = 4 });
                            break;
                        case 'i':
                        {
                            JsValue v = args[++a];
                            temp = v.IsBigInt ? v.AsBigInt + "n" : v.IsSymbol ? "NaN" : Inspector.FormatNumber(realm.Intrinsics.ParseIntFunction.Call1(default, v).AsNumber);
                            break;
                        }

                        case 'f':
                        {
                            JsValue v = args[++a];
                            temp = v.IsSymbol ? "NaN" : Inspector.FormatNumber(realm.Intrinsics.ParseFloatFunction.Call1(default, v).AsNumber);
                            break;
                        }

                        case 'c':
                            a++;
                            temp = "";
                            break;
                        case '%':
                            str.Append(f, lastPos, i - lastPos);
                            lastPos = i + 1;
                            continue;
                        default:
                            // Not a specifier: the text stays as it is.
                            continue;
                    }

                    if (lastPos != i - 1) str.Append(f, lastPos, i - 1 - lastPos);
                    str.Append(temp);
                    lastPos = i + 1;
                }
                else if (next == '%')
                {
                    str.Append(f, lastPos, i - lastPos);
                    lastPos = i + 1;
                }
            }

            if (lastPos != 0)
            {
                a++;
                join = " ";
                if (lastPos < f.Length) str.Append(f, lastPos, f.Length - lastPos);
            }
        }

        while (a < args.Length)
        {
            JsValue value = args[a];
            str.Append(join);
            str.Append(value.IsString ? value.AsString() : Inspector.Inspect(realm, value));
            join = " ";
            a++;
        }

        return str.ToString();
    }

    /// <summary>%s: String(value) for primitives and objects with their own toString; else inspect at depth 0.</summary>
    private static string FormatString(Realm realm, JsValue value)
    {
        if (value.IsNumber) return Inspector.FormatNumber(value.AsNumber);
        if (value.IsBigInt) return value.AsBigInt + "n";
        if (value.TryGetObject is not JsObject o || !HasBuiltInToString(realm, o))
        {
            return value.IsSymbol ? value.AsSymbol.ToString() : Operations.ToString(realm, value);
        }

        return Inspector.Inspect(realm, value, new InspectOptions { Depth = 0 });
    }

    /// <summary>Node's hasBuiltInToString: the toString the object would use comes from a builtin prototype.</summary>
    private static bool HasBuiltInToString(Realm realm, JsObject value)
    {
        if (value.Get("toString").TryGetObject is not JsFunction) return true;
        if (value.GetOwnProperty("toString", out _)) return false;

        JsObject? pointer = value;
        do
        {
            pointer = pointer.GetPrototypeOf();
        }
        while (pointer is not null && !pointer.GetOwnProperty("toString", out _));

        if (pointer is null) return true;
        return pointer.GetOwnProperty("constructor", out PropertyDescriptor desc)
            && !desc.IsAccessorDescriptor
            && desc.Value.TryGetObject is JsBuiltinFunction;
    }

    /// <summary>%j: JSON.stringify, with "[Circular]" for a structure that cannot be serialized because of a cycle.</summary>
    private static string TryStringify(Realm realm, JsValue value)
    {
        try
        {
            JsValue stringify = realm.Intrinsics.Json.Get("stringify");
            JsValue result = Operations.Call(realm, stringify, realm.Intrinsics.Json, [value]);
            return result.IsUndefined ? "undefined" : result.AsString();
        }
        catch (JsException e) when (JsException.Describe(e.Value).Contains("circular", StringComparison.OrdinalIgnoreCase))
        {
            return "[Circular]";
        }
    }
}
