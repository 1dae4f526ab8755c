// JsRope: the result of a string concatenation that has not been read yet.
//
// `s += x` in a loop must not be quadratic. Concatenations whose result is long enough build a rope
// node (left, right) instead of copying; the first read that needs characters flattens the whole tree
// once, iteratively (a left-deep tree from a loop can be millions of nodes deep), and caches the result.
// Ropes are immutable from JavaScript's point of view; only the cache is written, by the owning realm's
// thread.
namespace Oden.Runtime;

public sealed class JsRope
{
    /// <summary>Results shorter than this are copied instead of building a node.</summary>
    internal const int MinLength = 24;

    private object? _left;   // string or JsRope; null once flattened
    private object? _right;  // string or JsRope; null once flattened
    private string? _flat;

    public int Length { get; }

    internal JsRope(object left, object right, int length)
    {
        _left = left;
        _right = right;
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

        return new JsRope(left, right, (int)total);
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

        string result = string.Create(Length, this, static (span, root) => Fill(span, root));
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
