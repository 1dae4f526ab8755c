// A compile-time constant: a JavaScript primitive that needs no allocation to describe (a BigInt keeps
// its decimal digits in String; CodeGen makes one static JsValue per literal site), plus Int32
// for lowering's own bookkeeping (completion-record codes), which is never a JavaScript value.
using System.Globalization;

namespace Oden.Compiler.BoundTree;

public enum ConstantKind
{
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Int32,
    BigInt,
}

public readonly struct ConstantValue : IEquatable<ConstantValue>
{
    private ConstantValue(ConstantKind kind, double number, string? text)
    {
        Kind = kind;
        Number = number;
        String = text;
    }

    public ConstantKind Kind { get; }
    public double Number { get; }
    public string? String { get; }
    public bool Boolean => Number != 0;
    public int Int32 => (int)Number;

    public static ConstantValue Undefined => new(ConstantKind.Undefined, 0, null);
    public static ConstantValue Null => new(ConstantKind.Null, 0, null);
    public static ConstantValue True => new(ConstantKind.Boolean, 1, null);
    public static ConstantValue False => new(ConstantKind.Boolean, 0, null);
    public static ConstantValue FromBoolean(bool value) => value ? True : False;
    public static ConstantValue FromNumber(double value) => new(ConstantKind.Number, value, null);
    public static ConstantValue FromString(string value) => new(ConstantKind.String, 0, value);
    public static ConstantValue FromInt32(int value) => new(ConstantKind.Int32, value, null);
    /// <summary>A BigInt, by its decimal digits (with a leading '-' for a negative value).</summary>
    public static ConstantValue FromBigInt(string decimalDigits) => new(ConstantKind.BigInt, 0, decimalDigits);

    public bool Equals(ConstantValue other) =>
        Kind == other.Kind && Number.Equals(other.Number) && string.Equals(String, other.String, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is ConstantValue c && Equals(c);

    public override int GetHashCode() => HashCode.Combine(Kind, Number, String);

    /// <summary>As JavaScript source, for the tree printer.</summary>
    public override string ToString() => Kind switch
    {
        ConstantKind.Undefined => "undefined",
        ConstantKind.Null => "null",
        ConstantKind.Boolean => Boolean ? "true" : "false",
        ConstantKind.Number => FormatNumber(Number),
        ConstantKind.String => Quote(String!),
        ConstantKind.Int32 => Int32.ToString(CultureInfo.InvariantCulture) + "i",
        ConstantKind.BigInt => String + "n",
        _ => "?",
    };

    private static string FormatNumber(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == 0 && double.IsNegative(d)) return "-0";
        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    public static string Quote(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
