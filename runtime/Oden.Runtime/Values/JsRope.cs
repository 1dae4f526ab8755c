// JsRope: the result of a string concatenation that has not been read yet.
//
// `s += x` in a loop must not be quadratic. A concatenation whose result is long enough is one of:
// - an append-optimised string: a shared StringBuilder plus this string's length. Appending to the newest
//   version of a builder appends in place (amortised O(1), no node per step); appending to an older
//   version copies its prefix into a new builder first, so every version keeps its own characters;
// - a tree node (left, right), for prepends and for joining two strings neither of which is a builder's
//   newest version; trees flatten iteratively (a left-deep tree can be millions of nodes deep).
// The first read that needs characters flattens once and caches the result. Ropes are immutable from
// JavaScript's point of view; builders and caches are written only by the owning realm's thread.
using System.Text;

namespace Oden.Runtime;

public sealed class JsRope
{
    /// <summary>Results shorter than this are copied instead of building a node.</summary>
    internal const int MinLength = 24;

    /// <summary>A left operand at least this long starts an append-optimised builder.</summary>
    private const int BuilderThreshold = 64;

    private object? _left;   // string or JsRope; null once flattened
    private object? _right;  // string or JsRope; null once flattened
    private readonly StringBuilder? _builder; // builder mode: this string is _builder[0..Length)
    private string? _flat;

    public int Length { get; }

    internal JsRope(object left, object right, int length)
    {
        _left = left;
        _right = right;
        Length = length;
    }

    private JsRope(StringBuilder builder, int length)
    {
        _builder = builder;
        Length = length;
    }

    /// <summary>Concatenates two strings (each a string or a JsRope).</summary>
    internal static object Concat(object left, object right)
    {
        int leftLength = LengthOf(left);
        if (leftLength == 0)
        {
            return right;
        }

        int rightLength = LengthOf(right);
        if (rightLength == 0)
        {
            return left;
        }

        long total = (long)leftLength + rightLength;
        if (total > MaxStringLength)
        {
            throw new JsRangeErrorSignal("Invalid string length");
        }

        if (total < MinLength)
        {
            return string.Concat(Flat(left), Flat(right));
        }

        // Appending to the newest version of a builder: in place.
        if (left is JsRope { _builder: { } shared } l && shared.Length == l.Length)
        {
            AppendTo(shared, right);
            return new JsRope(shared, (int)total);
        }

        // A long left operand starts a builder (the copy pays for itself over the appends that follow).
        if (leftLength >= BuilderThreshold)
        {
            var builder = new StringBuilder((int)Math.Min(Math.Max(total * 2, 256), MaxStringLength));
            AppendTo(builder, left);
            AppendTo(builder, right);
            return new JsRope(builder, (int)total);
        }

        return new JsRope(left, right, (int)total);
    }

    /// <summary>Results of a concatenation of three or four parts up to this long are joined flat at once.</summary>
    private const int FlatJoinLength = 1024;

    /// <summary>
    /// Concatenates three strings (template literals): flat parts with a short result become one string in
    /// one copy, without the intermediate string or node of two binary concatenations.
    /// </summary>
    internal static object Concat(object a, object b, object c) =>
        a is string sa && b is string sb && c is string sc && (long)sa.Length + sb.Length + sc.Length <= FlatJoinLength
            ? string.Concat(sa, sb, sc)
            : Concat(Concat(a, b), c);

    /// <summary>Concatenates four strings, like the three-part overload.</summary>
    internal static object Concat(object a, object b, object c, object d) =>
        a is string sa && b is string sb && c is string sc && d is string sd
            && (long)sa.Length + sb.Length + sc.Length + sd.Length <= FlatJoinLength
            ? string.Concat(sa, sb, sc, sd)
            : Concat(Concat(Concat(a, b), c), d);

    /// <summary>
    /// This string followed by flat parts c0..c3 (c3 may be null), appended in place when this is the newest
    /// version of its builder: the result is the builder's next version. Null when the parts are not all flat
    /// strings or this is not such a version (the caller then concatenates as usual).
    /// </summary>
    internal JsRope? TryAppendInPlace(object? c0, object? c1, object? c2, object? c3)
    {
        if (_builder is not { } shared || shared.Length != Length) return null;
        if (c0 is not string s0 || c1 is not string s1 || c2 is not string s2) return null;
        string? s3 = c3 as string;
        if (c3 is not null && s3 is null) return null;
        long total = (long)Length + s0.Length + s1.Length + s2.Length + (s3?.Length ?? 0);
        if (total > MaxStringLength)
        {
            throw new JsRangeErrorSignal("Invalid string length");
        }

        shared.Append(s0).Append(s1).Append(s2);
        if (s3 is not null) shared.Append(s3);
        return new JsRope(shared, (int)total);
    }

    private static void AppendTo(StringBuilder builder, object s)
    {
        if (s is string str)
        {
            builder.Append(str);
        }
        else
        {
            var rope = (JsRope)s;
            if (rope._flat is null && rope._builder is { } other && !ReferenceEquals(other, builder))
            {
                builder.Append(other, 0, rope.Length);
            }
            else
            {
                builder.Append(rope.Flatten());
            }
        }
    }

    internal const int MaxStringLength = (1 << 29) - 24;

    internal static int LengthOf(object s) => s is string str ? str.Length : ((JsRope)s).Length;

    internal static string Flat(object s) => s is string str ? str : ((JsRope)s).Flatten();

    public string Flatten()
    {
        if (_flat is not null)
        {
            return _flat;
        }

        string result = _builder is not null
            ? _builder.ToString(0, Length)
            : string.Create(Length, this, static (span, root) => Fill(span, root));
        _flat = result;
        _left = null;
        _right = null;
        return result;
    }

    /// <summary>
    /// Writes the characters of <paramref name="root"/> into <paramref name="span"/> (exactly its length).
    /// Works from the end: ropes built by `s += x` in a loop are left-deep, so walking the left spine while
    /// copying right children needs no stack at all; right children that are themselves ropes (rarer) are
    /// filled by the same loop through an explicit stack, never by recursion.
    /// </summary>
    private static void Fill(Span<char> span, JsRope root)
    {
        Stack<(object Node, int End)>? pending = null;
        object node = root;
        int end = span.Length;
        while (true)
        {
            while (true)
            {
                if (node is string leaf)
                {
                    leaf.AsSpan().CopyTo(span[(end - leaf.Length)..]);
                    break;
                }

                var rope = (JsRope)node;
                if (rope._flat is not null)
                {
                    rope._flat.AsSpan().CopyTo(span[(end - rope._flat.Length)..]);
                    break;
                }

                if (rope._builder is not null)
                {
                    rope._builder.CopyTo(0, span[(end - rope.Length)..end], rope.Length);
                    break;
                }

                object right = rope._right!;
                int rightLength = LengthOf(right);
                if (right is string r)
                {
                    r.AsSpan().CopyTo(span[(end - rightLength)..]);
                }
                else
                {
                    (pending ??= new Stack<(object, int)>()).Push((right, end));
                }

                end -= rightLength;
                node = rope._left!;
            }

            if (pending is null || pending.Count == 0) return;
            (node, end) = pending.Pop();
        }
    }

    public override string ToString() => Flatten();
}

/// <summary>
/// Thrown by value-layer code that has no realm at hand; the operation that called it converts it into a
/// JavaScript RangeError of the current realm.
/// </summary>
public sealed class JsRangeErrorSignal(string message) : Exception(message);
